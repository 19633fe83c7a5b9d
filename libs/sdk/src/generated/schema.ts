/**
 * Generated from openapi.json by openapi-typescript (tools/openapi/sdk-schema.mjs, run by `npm run openapi`).
 * Do not edit: change the API, then regenerate.
 */
/* eslint-disable */
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first: changes made through the API and reads of personal data in full
         * @description Filters combine with AND: `actorId`, `action` (exact, or a prefix ending in a dot such as `user.`), `targetType`, `targetId`, and the half-open range [`from`, `to`). Entries older than AUDIT_RETENTION_DAYS (180 by default) are deleted by the gateway.
         */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange username and password for an access token
         * @description For everyone with an account of the platform (no credential needed). Send the token back as `Authorization: Bearer` until `expiresIn` runs out (JWT_TTL_SECONDS, 8 h by default). With `passwordChangeRequired: true` (a first or reset password) the token opens only POST /auth/password and GET /auth/me. Unknown usernames, wrong passwords and disabled accounts get the same 401; LOGIN_MAX_FAILURES failures for a username, or LOGIN_MAX_FAILURES_PER_ADDRESS from an address, lock it for LOGIN_LOCK_MINUTES (429 LOGIN_LOCKED, even with the right password).
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password with the one in use; every other token of yours stops working, the answer is a fresh one
         * @description The one route open on a temporary password (besides GET /auth/me). Policy: PASSWORD_MIN_LENGTH characters, not the username, not a commonly used password.
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the presented credential (token or API key) belongs to
         * @description Any valid credential: a person’s token (also on a temporary password) or a hospital system’s API key. Says what the platform will treat the caller as: the user id or the key’s system id, the kind (`user` or `api_key`), the roles, the staff member the account is linked to (a worker’s jobs, a clerk’s handovers), and whether the password must be changed first.
         */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys, revoked ones included; never the keys themselves
         * @description Admins only. Every key with its system, name, creation, expiry and revocation; the secret itself is never stored in clear and never shown again after it was created or rotated.
         */
        get: operations["ApiKeys_list"];
        put?: never;
        /**
         * Create an API key for a hospital system; the key is shown only in this response
         * @description The key belongs to a new system (`systemId`): the id the services record as the creator of what the system sends.
         */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new key for the same system; the old one keeps working until revoked (DELETE), so the system switches over without a gap
         * @description The new key has the same `systemId`: what the system created stays readable by it. Shown only in this response.
         */
        post: operations["ApiKeys_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key: its next request gets 401. Revoking twice is fine.
         * @description Admins only. Takes effect at once: the key’s next request is 401. What the system created stays its own (it belongs to the systemId, which a rotated key keeps). An unknown id is 404 API_KEY_NOT_FOUND.
         */
        delete: operations["ApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts, newest first, by role, status or staff member
         * @description Admins and managers (a manager changes only the center staff’s accounts, but reads them all). Filter by `role`, `status` (ACTIVE or DISABLED) or `staffId` (who is linked to a staff member); keyset-paged like every list. Never a password or hash.
         */
        get: operations["Users_list"];
        put?: never;
        /**
         * Create an account; its one-time password is in the answer only, to be changed at first login
         * @description Admins administer every account; a manager only the center staff’s (dispatcher, worker, desk clerk, supervisor, inspector). A staff link makes the account act as that staff member (their jobs, their ledger).
         */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description Admins, or a manager. Display name, roles, status, staff link, whether the password is temporary, and whether the hospital identity provider manages the account.
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the display name, roles or staff link (null unlinks); effective from the next request of its tokens
         * @description Admins administer every account; a manager only the center staff’s (dispatcher, worker, desk clerk, supervisor, inspector). Roles of an account of the hospital identity provider are the provider's.
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account: its tokens are refused from their next request, it cannot log in. Twice is fine.
         * @description Admins for every account; a manager for the center’s staff accounts only (403 otherwise). The account’s tokens are refused from their next request and it cannot log in until enabled. The last active administrator cannot be disabled (409 LAST_ADMIN), nor one’s own account (422). Recorded in the audit log.
         */
        post: operations["Users_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account again (its old tokens stay refused: log in again)
         * @description Admins for every account; a manager for the center’s staff accounts only. The account may log in again; tokens issued before it was disabled stay refused (the session version moved on). Recorded in the audit log.
         */
        post: operations["Users_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time password, shown only in this answer; the account’s sessions end and it must change it at next login
         * @description Admins for every account; a manager for the center’s staff accounts only. For someone who forgot their password or is locked out: every token of the account is refused from now on, and the one-time password (four groups of four characters) opens only POST /auth/password. An account of the hospital identity provider has no password here (409 PROVIDER_MANAGED).
         */
        post: operations["Users_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List staff, newest first, filtered by group, post, activity or name
         * @description Every staff role and integration keys. Keyset-paged; filter by group, post, active or `q` (staff number prefix or part of the name). Phones are masked for workers, desk clerks, inspectors and integration keys; reads of phones in full are in the audit log.
         */
        get: operations["Staff_list"];
        put?: never;
        /**
         * Add a staff member to the directory
         * @description The floor (admin, manager, dispatcher). The person can be assigned jobs (auto-assignment by post and group) once clocked in; posts decide which jobs they may take. `capacity` (1–10, default 2) is how many jobs they carry at once. A staff number already in the directory is 409 STAFF_NUMBER_TAKEN. Emitted as an event, so feedback’s staff directory and evaluation know them.
         */
        post: operations["Staff_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is on duty: every active staff member with status (available, busy, on break, off duty), load and capacity
         * @description The floor and supervisors, for dispatching and covering shifts. Status is derived, never set: OFF_DUTY (not clocked in), ON_BREAK (on a break they started, `onBreakSince`, or clocked in outside the shift’s hours), BUSY (as many jobs as capacity), AVAILABLE. `group` narrows it to one group.
         */
        get: operations["Staff_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one staff member
         * @description Every staff role and integration keys; the phone masked as in the list. An unknown id is 404 STAFF_NOT_FOUND.
         */
        get: operations["Staff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a staff member (name, group, posts, phone, active, usual shift, capacity)
         * @description Deactivating (active: false) also disables the accounts linked to the staff member: their tokens stop working at once.
         */
        patch: operations["Staff_update"];
        trace?: never;
    };
    "/api/v1/staff/{id}/clock-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a duty session for the given shift (default: the person's usual shift); late arrivals are recorded
         * @description A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. The clock-in belongs to the shift occurrence whose hours contain it (up to 30 minutes early counts from the clock-in); lateness beyond 5 minutes’ grace is recorded and emitted. A second clock-in is 409 DUTY_CONFLICT; an inactive staff member 422 WORKER_UNAVAILABLE.
         */
        post: operations["Staff_clockIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/clock-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the open duty session; jobs in hand stay assigned until reassigned
         * @description A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. Leaving early beyond 5 minutes’ grace is recorded and emitted. Clocking out while off duty is 409 DUTY_CONFLICT; jobs in hand stay with the person until a dispatcher reassigns them.
         */
        post: operations["Staff_clockOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/break-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Go on a break: no job is assigned to the person, automatically or by hand, until it ends
         * @description A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. Only while clocked in (else 409 NOT_ON_DUTY), one break at a time (a second one, or two clicks at once: 409 ALREADY_ON_BREAK). The answer shows the person ON_BREAK with `onBreakSince`; jobs in hand stay theirs. `reason` stays in dispatch. Emitted as `dispatch.staff.break-started` (the board stream shows it).
         */
        post: operations["Staff_startBreak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}/break-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back from the break: the person can be assigned jobs again
         * @description A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone (a worker who forgot). Not on a break: 409 NOT_ON_BREAK. Clocking out ends a break by itself. Emitted as `dispatch.staff.break-ended` with its length in minutes.
         */
        post: operations["Staff_endBreak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs, newest first, filtered by status, type, priority and group
         * @description Every staff role except desk clerks, and integration keys, each seeing their own part: a worker only the jobs assigned to them, a dispatcher their group by default (`group` names another), an integration key the jobs it raised, admins, managers, supervisors and inspectors everything. Patient name and MRN are masked in every list. Keyset-paged, newest first.
         */
        get: operations["Tasks_list"];
        put?: never;
        /**
         * Register a job; it starts PENDING with a number like T20261123-0001
         * @description The floor and the hospital systems’ integration keys (HIS, a ward’s nurse station). `type` decides which one details property the job carries (see CreateTaskDto); the hospital’s rules on top of the shape answer 422 BUSINESS_RULE naming the field: a critical or non-self-caring patient needs a companion, urgent blood is raised to STAT, a fee only on paid services. `dueAt` follows the priority (STAT 15 min, URGENT 30 min, ROUTINE 2 h). With `scheduledFor` the job is booked: SCHEDULED, due at that time, and put into the queue its lead time before (`releaseAt`); a time already inside the lead time goes into the queue at once. A time in the past or beyond the booking horizon is 400 naming `scheduledFor`. Send an Idempotency-Key to retry safely.
         */
        post: operations["Tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a job with its timeline
         * @description Who may list it, for a job in their part (another’s job: 403 FORBIDDEN, so a worker knows it is not theirs). Patient name and MRN are in full for the floor, the assignee and the integration key that raised it, masked for supervisors and inspectors; reads in full are in the audit log.
         */
        get: operations["Tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a booked job while it is SCHEDULED: its time, priority, places, requester or notes
         * @description The floor, and the integration key that booked it (another system’s job: 403 FORBIDDEN). Only the fields sent change; a new `scheduledFor` moves `dueAt` and `releaseAt` with it, a new priority its lead time (urgent blood stays STAT). The note on the timeline lists what changed; integrations hear `dispatch.task.edited`. A job already in the queue is 409 INVALID_TRANSITION: the floor reassigns or cancels it instead.
         */
        patch: operations["Tasks_edit"];
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a PENDING job to a worker (with `reassign: true`, move an assigned or accepted job to another)
         * @description The floor. To a named worker (`workerId`: only checked to be active and under capacity, since dispatchers call people in and use cross-post cover) or to the best candidate (`auto: true`: on duty, in shift hours, holding the post the job type needs, in the job’s group, under capacity; least loaded, then longest idle; a STAT job tries other groups). The reason is the timeline note. An unknown worker is 404 STAFF_NOT_FOUND. Of two dispatchers assigning one job at once, one gets 200, the other 409.
         */
        post: operations["TaskLifecycle_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The assigned worker takes the job
         * @description The assignee (403 NOT_ASSIGNEE for another worker), or the floor on their behalf. ASSIGNED → ACCEPTED; the response time in the KPIs runs from creation to this step.
         */
        post: operations["TaskLifecycle_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The assigned worker gives the job back (reason required); it is PENDING again
         * @description The assignee (403 NOT_ASSIGNEE for another worker), or the floor. ASSIGNED → PENDING with the reason on the timeline, so the dispatcher assigns it again; an accepted job is moved with a reassignment instead.
         */
        post: operations["TaskLifecycle_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Picked up: who handed the patient or item over is required (handover record)
         * @description The assignee (403 NOT_ASSIGNEE for another worker), or the floor. ACCEPTED → IN_PROGRESS; `handedOverBy` names who gave the patient or item over at pick-up (the handover record of §3.7).
         */
        post: operations["TaskLifecycle_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delivered: who received it is required (handover record)
         * @description The assignee (403 NOT_ASSIGNEE for another worker), or the floor. IN_PROGRESS → COMPLETED; `receivedBy` names who took the patient or item at delivery. A patient transport completed issues a survey invitation for the patient (GET /feedback/surveys/invitations?taskId=).
         */
        post: operations["TaskLifecycle_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open job (reason required)
         * @description The floor: any open job (SCHEDULED, PENDING, ASSIGNED, ACCEPTED, IN_PROGRESS) → CANCELLED with the reason on the timeline; cancellations are counted in the KPIs. The integration key that booked a job may withdraw it while it is SCHEDULED (another system’s job: 403 FORBIDDEN; once in the queue: 409).
         */
        post: operations["TaskLifecycle_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a booked job into the queue now, before its lead time
         * @description The floor, when the patient or the item is ready early. SCHEDULED → PENDING with RELEASED on the timeline, as the release sweep does at `releaseAt`; the deadline stays the booked time. Integrations hear `dispatch.task.released`.
         */
        post: operations["TaskLifecycle_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/tasks/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The incidents reported on a job, oldest first; `status=PENDING` for those waiting for a decision
         * @description The floor, supervisors and inspectors. Each incident with its kind, severity, the staff involved, who reported, confirmed or dismissed it and when. An unknown job is 404 TASK_NOT_FOUND.
         */
        get: operations["Incidents_list"];
        put?: never;
        /**
         * Report an incident (差错) on a job: delay, damaged or lost specimen, fall, ... with the staff involved
         * @description A worker reports only on a job they carried (its assignee, or assigned to it earlier). The floor’s report (dispatcher, supervisor, manager, admin), or a worker’s naming only themselves, is CONFIRMED and counts in evaluation at once; a worker’s naming anyone else is PENDING until a dispatcher, supervisor or manager confirms or dismisses it.
         */
        post: operations["Incidents_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The center's incidents, newest first; `status=PENDING` is the queue of reports about colleagues waiting for a decision
         * @description The floor, supervisors and inspectors. Filter by `status` and `group`; keyset-paged. A dispatcher, supervisor or manager works the PENDING queue with POST /dispatch/incidents/{id}/confirm or /dismiss; only confirmed incidents count in evaluation and in the accuracy KPI.
         */
        get: operations["Incidents_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a PENDING incident (a worker’s report naming a colleague): it counts in evaluation from now on, filed when it was reported
         * @description Who confirmed it and when are kept on the incident, with the optional note. Of two people confirming at once, one wins; the other gets 409. Nobody decides on a report naming them (403 FORBIDDEN): another dispatcher, supervisor or manager does.
         */
        post: operations["Incidents_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a PENDING incident with a reason: it never counts in evaluation
         * @description Who dismissed it, when and why are kept on the incident. Nobody decides on a report naming them (403 FORBIDDEN).
         */
        post: operations["Incidents_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs over the tasks that entered the queue in [from, to) (registered, or a booked job released): count, median and p90 response time (queued → accepted) and turnaround (queued → completed), on-time %, accuracy % (completed without an incident), cancellations; optionally by type, group, worker or priority
         * @description A report is computed once per range and kept for STATS_CACHE_SECONDS (default 5) by each dispatch replica, so figures may be that many seconds old; wallboards polling the same range share one computation.
         */
        get: operations["Stats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live queue: pending jobs by priority (STAT, URGENT, ROUTINE) then due time, jobs in hand by due time with the assignee, overdue flagged, counts, and the workers with duty status and load; for one group or the whole center. Each list holds at most 200 jobs.
         * @description The floor. Without `group` a dispatcher gets their own group, everyone else the whole center. `counts` holds the true totals when a list is cut at 200; `overdue` means past the deadline or flagged by the sweep. No patient or requester details. Load it after connecting to GET /dispatch/board/stream, then apply the events.
         */
        get: operations["Board_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/me/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My queue: my open jobs in the order to do them, what each needs, and whether I am on a break
         * @description A worker, through the staff member their account is linked to (an account without one: 403 NOT_LINKED_TO_STAFF). Every job ASSIGNED, ACCEPTED or IN_PROGRESS to them: IN_PROGRESS first, then ACCEPTED, then ASSIGNED; within each STAT, URGENT, ROUTINE, then the earliest due, then the number. Each says its `nextStep` (ACCEPT, START, COMPLETE: the lifecycle route to call), where from and to, by when, the notes, `needs` (wheelchair, oxygen, isolation, urgent blood, …) and its details as the job itself has them, the patient’s name and MRN in full (they are the assignee; such reads are in the audit log). `duty` is their own roster line: ON_BREAK with `onBreakSince` while on a break.
         */
        get: operations["MyQueue_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recurring jobs, newest first
         * @description The floor, supervisors and inspectors. Keyset-paged; `status` filters.
         */
        get: operations["Schedules_list"];
        put?: never;
        /**
         * Create a recurring job: a cron expression in hospital time and the job each occurrence books
         * @description The floor. `cron` has five fields read in the hospital’s time zone (`0 6 * * *` daily at 06:00, `0 6 * * 1-5` weekdays, `0 9 * * 1` Mondays), at most every 15 minutes. Each occurrence inside the look-ahead (SCHEDULE_LOOKAHEAD_HOURS, 24 h by default) is booked as a SCHEDULED job with `scheduledFor` at that time — on creation already — and enters the queue at its lead time like any booking; on a holiday of the hospital calendar it is skipped unless `holidays` is RUN. The template is checked by the same rules as POST /dispatch/tasks (a field it breaks is named `template.<field>`).
         */
        post: operations["Schedules_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recurring job
         * @description The floor, supervisors and inspectors.
         */
        get: operations["Schedules_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a recurring job from its next occurrence on
         * @description The floor. Only the fields sent change. Occurrences booked but still SCHEDULED are withdrawn (cancelled, with the reason on their timeline) and booked again under the new rules; those already in the queue stay. An ENDED schedule is 409.
         */
        patch: operations["Schedules_edit"];
        trace?: never;
    };
    "/api/v1/dispatch/schedules/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a recurring job
         * @description The floor. ACTIVE → PAUSED; occurrences booked but not released are withdrawn.
         */
        post: operations["Schedules_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/schedules/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused recurring job
         * @description The floor. PAUSED → ACTIVE from the next occurrence after now; none is made up for the pause.
         */
        post: operations["Schedules_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/schedules/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a recurring job for good
         * @description The floor. ACTIVE or PAUSED → ENDED; occurrences booked but not released are withdrawn; its history stays.
         */
        post: operations["Schedules_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/schedules/{id}/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recurring job’s occurrences with the jobs they booked, and the next ones to come
         * @description The floor, supervisors and inspectors. Newest first, keyset-paged: each occurrence’s time, its outcome (booked, skipped for a holiday, withdrawn by a change) and its job’s number and status now; `upcoming` lists the next occurrences not booked yet.
         */
        get: operations["Schedules_occurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hospital calendar’s holidays of a year
         * @description Who plans or reads rounds. In date order.
         */
        get: operations["Schedules_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/calendar/holidays/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Make a day a holiday of the hospital calendar (or rename it)
         * @description Admins and managers. Schedules that skip holidays book nothing on it from now on; occurrences already booked for it are the floor’s to cancel. Idempotent.
         */
        put: operations["Schedules_putHoliday"];
        post?: never;
        /**
         * Make a day an ordinary day again
         * @description Admins and managers. Removing a day that is not a holiday is fine.
         */
        delete: operations["Schedules_removeHoliday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List handovers, newest first, by desk, status (DISCREPANCY: still unresolved) and time range
         * @description Desk clerks, supervisors, managers and admins. `status=DISCREPANCY` lists those a supervisor still has to resolve; filter by desk and the half-open range [from, to). Keyset-paged.
         */
        get: operations["Handovers_list"];
        put?: never;
        /**
         * Hand the desk over: the outgoing clerk (the caller) enters the count and tag numbers on hand
         * @description A handover is between staff members: the outgoing clerk is the staff member the caller’s account is linked to, and incomingClerkId names the clerk taking over by staff id (not a user id). Compared with what the desk holds; a different count, or a tag missing or extra, is recorded as DISCREPANCY until a supervisor resolves it, and is booked in the outgoing clerk’s evaluation ledger (GET /evaluation/staff/{staffId}/ledger).
         */
        post: operations["Handovers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one handover
         * @description Desk clerks, supervisors, managers and admins: the counts and tags as entered, what the records expected, the missing and extra tags, confirmation and resolution. An unknown id is 404 HANDOVER_NOT_FOUND.
         */
        get: operations["Handovers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/handovers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The incoming clerk named on the handover (and nobody else) confirms taking the desk over
         * @description The caller’s linked staff member must be the handover’s incomingClerkId; anyone else gets 403 NOT_INCOMING_CLERK.
         */
        post: operations["Handovers_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/handovers/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A supervisor records what they found about a DISCREPANCY; it becomes RESOLVED, with resolvedBy the supervisor’s user id
         * @description Supervisors only. Records what the discrepancy turned out to be (DISCREPANCY → RESOLVED); the points booked on the outgoing clerk’s evaluation ledger for the discrepancy stay. Any other status is 409 INVALID_TRANSITION.
         */
        post: operations["Handovers_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/sweep-overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the unclaimed sweep now (it also runs on a timer): deposits older than the limit (3 days) become UNCLAIMED
         * @description With `asOf`, as of that instant; a future instant previews and forces the rule. Deposits already marked are not counted again.
         */
        post: operations["Unclaimed_sweepOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/dispose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an UNCLAIMED deposit to lost property or security, with a note: it becomes DISPOSED and its tag is free
         * @description Supervisors only (§4.7). An unclaimed deposit leaves the desk only this way: to LOST_PROPERTY or SECURITY, with who, when and a note, which frees its tag for the next check-in. A deposit that is not UNCLAIMED is 409 INVALID_TRANSITION.
         */
        post: operations["Unclaimed_dispose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List equipment units (newest first) filtered by desk, type and status, with counts per type and status
         * @description Desk clerks, supervisors, managers and admins. Every unit with its code, type, desk and status (AVAILABLE, LENT, MAINTENANCE, LOST), keyset-paged, and counts per type and status for the filter.
         */
        get: operations["Equipment_list"];
        put?: never;
        /**
         * Add a unit to a desk’s stock; it starts AVAILABLE. A code already in use: 409 EQUIPMENT_CODE_TAKEN.
         * @description Supervisors and admins. A unit (wheelchair, airline chair, umbrella, flat cart) joins a desk’s lending stock with a code unique across the center (409 EQUIPMENT_CODE_TAKEN). Recorded in the audit log.
         */
        post: operations["Equipment_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Put a unit into maintenance, back in service, or record it lost (with a note). A lent unit changes only by its return.
         * @description Supervisors and admins. AVAILABLE, MAINTENANCE or LOST, with a note; a LENT unit changes only by its return (409 INVALID_TRANSITION). A unit in maintenance or lost cannot be lent (409 UNIT_UNAVAILABLE on POST /equipment/loans).
         */
        patch: operations["Equipment_setStatus"];
        trace?: never;
    };
    "/api/v1/equipment/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List loans, newest first, by desk, status (OPEN, RETURNED, OVERDUE) and when they were opened
         * @description Desk clerks, supervisors, managers and admins. Filter by desk, status (OPEN, RETURNED, OVERDUE: still out past dueBackAt or returned late) and when they were opened; keyset-paged. Borrowers’ names and phones are masked for clerks; reads in full are in the audit log.
         */
        get: operations["Loans_list"];
        put?: never;
        /**
         * Lend an AVAILABLE unit against a deposit (default per type; zero for umbrellas), recorded in the ledger. The borrower’s ID number is kept only as a keyed hash plus its last four characters.
         * @description Desk clerks and supervisors. The unit is locked for the loan, so of two clerks lending it at once one gets 201 and the other 409 UNIT_UNAVAILABLE. The deposit defaults to the type’s LOAN_DEPOSIT_FEN_<TYPE> (¥200 a wheelchair, ¥0 an umbrella); a clerk may enter another amount, the default is kept beside it. The money goes into the day’s ledger (DEPOSIT_TAKEN).
         */
        post: operations["Loans_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one loan
         * @description Desk clerks, supervisors, managers and admins; the borrower masked as in the list. An unknown id is 404 LOAN_NOT_FOUND.
         */
        get: operations["Loans_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/loans/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a unit back: refund = deposit − damage deduction (with a reason), all in the ledger; a late return is flagged overdue
         * @description Desk clerks and supervisors. The refund is deposit − damage deduction: never negative, never above the deposit, and a deduction needs a reason (422 naming the field). Both movements go into the ledger (REFUND, DEDUCTION); the unit goes back to AVAILABLE, or to MAINTENANCE or LOST as the clerk records. A return after dueBackAt is flagged overdue.
         */
        post: operations["Loans_returnLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A hospital day’s deposit money: taken, refunded, kept and net per desk, clerk and payment method, the cash the drawer should hold, and the entries. A desk clerk sees only their own entries.
         * @description Desk clerks (their own entries only), supervisors, managers and admins (§4.15). The ledger is append-only: every movement is a signed row from the drawer’s side (DEPOSIT_TAKEN +, REFUND −, DEDUCTION + with no money moving). The day and `date` are in the hospital time zone; cash expected = cash taken − cash refunded.
         */
        get: operations["Ledger_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deposits, newest first, by tag, status, desk, day of check-in (hospital time zone) and name or ticket number
         * @description Names in full for every role allowed here; the phone in full for supervisors, managers and admins, masked for clerks. Never the ID number.
         */
        get: operations["Deposits_list"];
        put?: never;
        /**
         * Check items in: the lowest free tag of the desk (or the one named), a place, and a ticket with a pickup code shown only here
         * @description Refused with 422 PROHIBITED_ITEM naming the category (flammable, explosive, corrosive, toxic, radioactive, firearms, animals, food, valuables). A retry with the same Idempotency-Key returns the same deposit with a new pickup code (the first is never stored, so it cannot be repeated).
         */
        post: operations["Deposits_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For visitors, no account: the status of a deposit by its pickup code (status, desk, day, tag; no personal data)
         * @description Rate limited per IP like login (RATE_LIMIT_PUBLIC_PER_MINUTE). An unknown code is 404.
         */
        get: operations["Deposits_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One deposit with its whole record (masking as in the list)
         * @description Desk clerks, supervisors, managers and admins. Depositor’s name in full for all of them (clerks must recognise people), the phone masked for clerks; never the ID number (its last four only) nor the pickup code. Reads in full are in the audit log. An unknown id is 404 DEPOSIT_NOT_FOUND.
         */
        get: operations["Deposits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the items back: by pickup code, by ID number after a lost-ticket report, or to a proxy (made by a supervisor, recorded as approver)
         * @description A wrong code or ID number is 403 CLAIM_REFUSED and counts; at the limit (5) the deposit locks and claims get 423 DEPOSIT_LOCKED until a supervisor unlocks it.
         */
        post: operations["Deposits_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/report-lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a lost ticket (挂失): its pickup code stops working at once
         * @description Desk clerks, supervisors and admins, when a depositor lost the ticket (挂失): STORED → TICKET_LOST and the pickup code is dead. The items are then claimed with the depositor’s ID number and the clerk’s confirmation that the description matches (POST /deposits/{id}/claim, LOST_TICKET). A LOCKED deposit is 423 until a supervisor unlocks it.
         */
        post: operations["Deposits_reportLost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a deposit locked by wrong codes: the count starts again, the status is STORED (or TICKET_LOST)
         * @description Supervisors only. After DEPOSIT_MAX_WRONG_CODES refused claims (5) the deposit is LOCKED; unlocking sets the count of wrong codes to zero and puts it back to STORED, or TICKET_LOST if the ticket was reported lost. A deposit that is not LOCKED is 409 INVALID_TRANSITION.
         */
        post: operations["Deposits_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scoring rules in force now (the latest version)
         * @description Managers, supervisors, admins and inspectors. The points each source is worth (incidents by severity, late jobs, complaints at fault, praise, handover discrepancies, the survey bonus and its threshold) and the base of a period. Rules are versioned: a source is scored with the version in force at its time.
         */
        get: operations["Evaluation_rules"];
        /**
         * Change the scoring rules: a new version, in force from now
         * @description Earlier versions are never edited: each source stays scored with the version in force when it happened.
         */
        put: operations["Evaluation_replaceRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/staff/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A staff member’s points for a period: entries with reason and source, the total, and the veto
         * @description Workers, dispatchers and desk clerks read only their own (the staff member their account is linked to).
         */
        get: operations["Evaluation_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an on-site inspection (at least 30 minutes) by the caller; each finding becomes a ledger entry
         * @description Inspectors, supervisors and managers; the caller is recorded as the inspector. An inspection lasts at least 30 minutes (422 BUSINESS_RULE naming endedAt); each finding is booked on the staff member’s (or the department’s) ledger with the points as recorded, and upheld findings count for the quarter’s supervision award. A staff member not in the directory is 422 UNKNOWN_STAFF.
         */
        post: operations["Evaluation_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/peer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One department scores another (0–100), once per period
         * @description Managers, supervisors and admins. One score (0–100) per reviewing department, reviewed department and period; shown beside the departments’ ranking, not added to it. A department does not review itself (422 BUSINESS_RULE); a second review is 409 ALREADY_REVIEWED; a frozen quarter takes none (409 PERIOD_FROZEN).
         */
        post: operations["Evaluation_peerReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Period scores, ranked: base, points, survey bonus, veto (一票否决) with its reason
         * @description Managers, supervisors, admins and inspectors. For a quarter (2026Q4) or a month (2026-11), by staff or by department: base + points + survey bonus (a survey mean above the threshold adds it), ranked by total, then fewer negative entries, then staff number. One-vote veto (一票否决): a major or critical incident or a valid complaint at fault keeps the person out of the period’s awards, with the reason shown.
         */
        get: operations["Evaluation_scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/periods/{period}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compute and freeze a quarter’s awards: 10 star staff, 2 excellent teams, 1 supervision award; the vetoed are passed over
         * @description The quarter’s ledger is closed afterwards: a source arriving later is kept as REJECTED_CLOSED_PERIOD and scores nothing.
         */
        post: operations["Evaluation_freezeAwards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/periods/{period}/scores.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff scores for payroll as CSV (header row): a frozen quarter as frozen, with star-staff amounts; otherwise live
         * @description Managers and admins, for payroll. A frozen quarter answers exactly what was frozen, with the star-staff award amounts in fen; any other period the live scores. One row per staff member, the header row first.
         */
        get: operations["Evaluation_scoresCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints, newest first, by status, overdue flag, owner (`none` for unowned) and staff member
         * @description Desk clerks, dispatchers, supervisors, managers and admins. Filter by status, `overdue`, owner (`ownerId=none` for the unowned ones filed on the public route) and staff member; keyset-paged. The complainant’s contact is masked except for the owner, supervisors and managers.
         */
        get: operations["Complaints_list"];
        put?: never;
        /**
         * Record a complaint on behalf of a patient: the recorder owns it (首问负责制) until they hand it over
         * @description A named staffId must be in the staff directory (422 UNKNOWN_STAFF naming staffId otherwise).
         */
        post: operations["Complaints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * For patients, no account: file a complaint (channel WEB or MOBILE), anonymously if they wish
         * @description Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE). Nobody owns it yet: a supervisor or manager assigns it (POST .../assign). The answer shows the complaint number to quote; contact details come back masked.
         */
        post: operations["Complaints_createPublic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One complaint with its owner and timeline; contact in full only for the owner, supervisors and managers
         * @description Desk clerks, dispatchers, supervisors, managers and admins. Every step is on the timeline (who, when, note); deadlines: acknowledge within COMPLAINT_ACK_HOURS (2 h when urgent or major), resolve within COMPLAINT_RESOLVE_WORKING_DAYS working days. Reads of the contact in full are in the audit log. An unknown id is 404 COMPLAINT_NOT_FOUND.
         */
        get: operations["Complaints_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RECEIVED → ACKNOWLEDGED
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/investigate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ACKNOWLEDGED → INVESTIGATING
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the complaint to a named owner (user id), with the reason
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * INVESTIGATING → RESOLVED with the finding: valid or not, who and which department was at fault, corrective action
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RESOLVED → REPLIED: what the complainant was told, by which channel
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * REPLIED → CLOSED
         * @description Only the owner or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate to a manager (flag and reason; the status is unchanged)
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/complaints/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The complainant is not satisfied: REPLIED or CLOSED → INVESTIGATING, with the reason
         * @description Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).
         */
        post: operations["Complaints_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/praises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List praise, newest first, optionally for one staff member
         * @description Desk clerks, dispatchers, supervisors, managers and admins. Newest first, keyset-paged; `staffId` for the praise of one staff member.
         */
        get: operations["Praises_list"];
        put?: never;
        /**
         * Record praise received at the desk, by phone, in the opinion book, ...
         * @description Desk clerks, dispatchers, supervisors, managers and admins, for praise received on any channel. Each staff member named gets the praise points on their evaluation ledger (+2 by default); every named staffId must be in the directory (422 UNKNOWN_STAFF).
         */
        post: operations["Praises_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/praises/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * For patients, no account: praise staff or a department (channel WEB or MOBILE)
         * @description Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE).
         */
        post: operations["Praises_createPublic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List follow-ups, newest first: `due=true` for open calls due today or earlier, `overdue=true` for those past their day
         * @description Patient name and phone masked except for supervisors and managers.
         */
        get: operations["FollowUps_list"];
        put?: never;
        /**
         * Plan a follow-up call to a discharged patient: due day and channel (PHONE by default)
         * @description Desk clerks, supervisors, managers and admins. The patient’s name and phone, the day of discharge and the day the call is due; it shows as due from that day (GET /feedback/follow-ups?due=true) and overdue after it.
         */
        post: operations["FollowUps_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/follow-ups/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the call: reached or not; when reached, satisfied and any issues. An unreached call may be tried again.
         * @description Desk clerks, supervisors, managers and admins. Unreached: the call stays open (UNREACHED) for another attempt, and the attempts are counted. Reached: COMPLETED with whether the patient was satisfied and the issues they raised; an issue becomes a complaint with POST /feedback/follow-ups/{id}/complaint. A completed call is 409 INVALID_TRANSITION.
         */
        post: operations["FollowUps_recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/follow-ups/{id}/complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn an issue raised on the call into a complaint in one step (channel FOLLOW_UP, the patient as complainant, the caller as owner), linked both ways
         * @description Desk clerks, supervisors, managers and admins. Only on a call recorded as reached (409 INVALID_TRANSITION otherwise), once per call (409 COMPLAINT_ALREADY_RAISED). The complaint then runs its own life with its deadlines and first-contact ownership.
         */
        post: operations["FollowUps_raiseComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List survey templates, newest first
         * @description Every staff role. Newest first, keyset-paged.
         */
        get: operations["Surveys_list"];
        put?: never;
        /**
         * Create a survey template: questions LIKERT_5 (1–5), YES_NO, NPS_10 (0–10) or TEXT, each required or not
         * @description Supervisors, managers and admins. Question ids are unique within the survey (400 otherwise). Responses are collected through invitations (POST /feedback/surveys/{id}/invitations) and count in satisfaction: Likert answers in the mean and CSAT, the NPS_10 answer in NPS.
         */
        post: operations["Surveys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invitation issued automatically when a patient-transport job completed, with its token to give the patient
         * @description The token is shown while the invitation is open (unanswered, unexpired); invitations issued by hand show null (only their hash is kept).
         */
        get: operations["Surveys_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One survey template with its questions
         * @description Every staff role. The questions with their kind and whether they are required. An unknown id is 404 SURVEY_NOT_FOUND.
         */
        get: operations["Surveys_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For respondents, no account: the title and questions to answer (rate limited per IP)
         * @description What a patient holding a token needs to fill the survey in; nothing about who wrote it or whom it concerns.
         */
        get: operations["Surveys_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to answer: a single-use token, shown only in this reply, valid 14 days unless expiresInDays says otherwise
         * @description A social supervisor is invited with channel SUPERVISOR and about.supervisorId; their answer counts on that channel.
         */
        post: operations["Surveys_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * For respondents, no account: answer the survey with the token of an invitation; each token answers once
         * @description Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE). Answers are checked before the token is spent, so a rejected answer can be corrected and sent again.
         */
        post: operations["Surveys_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responses, mean, CSAT % and NPS per department, staff member or channel, optionally per week or month (hospital time zone)
         * @description mean: average of the responses' Likert means; CSAT: % of responses (with Likert answers) whose mean is 4 or more; NPS: % promoters (9–10) minus % detractors (0–6) among responses with an NPS answer. from and to are days, both included.
         */
        get: operations["Satisfaction_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/supervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List social supervisors, newest first, phones masked
         * @description Supervisors, managers and admins. Filter by `active`; newest first, keyset-paged; phones masked.
         */
        get: operations["Supervisors_list"];
        put?: never;
        /**
         * Register a social supervisor (active from the start)
         * @description Supervisors, managers and admins. A social supervisor (社会监督员) is a member of the public who rates the center’s service; invited with channel SUPERVISOR, their answers count on that channel. One registration per phone (409 SUPERVISOR_PHONE_TAKEN).
         */
        post: operations["Supervisors_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/supervisors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set whether a social supervisor serves (active); inactive ones get no new invitations
         * @description Supervisors, managers and admins. An inactive supervisor gets no new invitations (422 BUSINESS_RULE when one is attempted); their earlier answers still count. An unknown id is 404 SUPERVISOR_NOT_FOUND.
         */
        patch: operations["Supervisors_setActive"];
        trace?: never;
    };
    "/api/v1/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List endpoints, newest first: a system its own, an admin every one; never a secret
         * @description Pages with `limit` and `cursor`. An endpoint the platform disabled (410 Gone) shows `enabled: false` and `disabledReason`.
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Register an endpoint; its signing secret is in this answer only (and in a retry of it with the same Idempotency-Key)
         * @description A hospital system’s endpoint receives the task events of the jobs the system raised; an admin’s, every job’s, and may also subscribe to incidents and complaints. Each delivery is a POST with `webhook-id` (the event id: dedupe on it), `webhook-timestamp` and `webhook-signature` (Standard Webhooks, HMAC-SHA256 with the secret); any 2xx acknowledges it, 410 Gone disables the endpoint, anything else is retried (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h by default) and then kept as a dead letter.
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an endpoint (without its secret)
         * @description During a rotation’s grace period `previousSecretExpiresAt` says until when the old secret still signs.
         */
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint, its waiting deliveries and its delivery log
         * @description Nothing more is sent to it. To stop for a while instead, PATCH `enabled: false`.
         */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint: URL, event types, description; enabled false pauses it, true resumes it (also after a 410 Gone disabled it)
         * @description Only the fields sent change; `eventTypes` replaces the list. A new URL is checked as at registration. While an endpoint is disabled no new events are queued for it; the ones already queued go out once it is enabled.
         */
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown in this answer only; the old one keeps signing beside it for the grace period (24 h by default)
         * @description Until `previousSecretExpiresAt`, `webhook-signature` carries two signatures, the new secret’s and the old one’s: switch the receiver to the new secret at any time inside it. Takes no Idempotency-Key: a lost answer is repaired by rotating again.
         */
        post: operations["Webhooks_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint’s delivery log, newest first: each event’s status, attempts, last answer, next attempt; status=DEAD lists the dead letters
         * @description One line per event for this endpoint: PENDING (not attempted yet), SUCCEEDED, FAILED (the next attempt is at `nextAttemptAt`), DEAD (the retry schedule ran out, or the receiver answered 410). Finished lines are kept WEBHOOKS_LOG_RETENTION_DAYS (30) days.
         */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery with every attempt made of it, oldest first: when, how long, the answer or the error, and what each led to
         * @description The line of the log plus `attempts`: one per POST the platform made, numbered from 1 over the delivery’s whole life, so a redelivery keeps the attempts before it and numbers on (the delivery’s own `attempt` starts again at 0). `outcome` is SUCCEEDED, RETRY (another attempt was scheduled), DEAD (the last of the schedule) or GONE (410: the endpoint was disabled). Kept as long as the delivery is.
         */
        get: operations["Webhooks_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/endpoints/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (a dead letter, usually): back to PENDING with a fresh retry schedule, the same webhook-id
         * @description The sender takes it within a second. The receiver dedupes on webhook-id, so redelivering one it had already applied is harmless.
         */
        post: operations["Webhooks_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The zh-CN and English label of every value of every enum of the API (内科组, 陪检, 急标 …); no account needed
         * @description Show these instead of the wire values, rather than copying them into a front end. Enum names are those of this document’s schemas, whose `x-enum-descriptions` carry the same labels. With `locale`, one string per value. Unlike the rest of the API the answer may be cached (`Cache-Control: public, max-age=3600`); revalidate with `If-None-Match` and the ETag: 304 while nothing changed. Not rate limited: every screen of a ward loads it at shift change.
         */
        get: operations["Meta_labels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The board live: a server-sent event for every job, incident and worker change, resumable after a disconnect
         * @description Each message: `event:` the event type (e.g. `dispatch.task.assigned`), `id:` the event's sequence in the event stream (e.g. `48211`, increasing), `data:` a BoardStreamEventDto. A `: heartbeat` comment every 15 s keeps proxies from closing the connection. With `group`, only events of that group (and those naming none).
         *
         *     **Starting.** Open the stream, then load `GET /dispatch/board`, then apply the events as they come (an event the board already shows changes nothing when applied again).
         *
         *     **Resuming.** Reconnect with the header `Last-Event-ID: <the last id you received>` (EventSource sends it by itself when it reconnects), or with `?lastEventId=` where you cannot set it (a new EventSource object); the header wins when both are sent. You first get every event after that id that passes `group`, in order, then the live ones: none missing, none twice. No need to reload the board. One reconnect replays at most 10000 dispatch events.
         *
         *     **`event: reset`.** When the stream cannot give you everything since your id, the first message is `event: reset` with a BoardStreamResetDto, and the live events follow: `EXPIRED` (the id is older than the event stream keeps, EVENTS_MAX_AGE_DAYS), `TOO_MANY` (more than 10000 events since), `UNKNOWN_ID` (an id this stream never reached: it was created again), `UNAVAILABLE` (the event stream cannot be read right now). `INTERRUPTED` may also come on an open stream, when the gateway lost events (NATS away longer than the stream keeps them, or the stream re-created). On a reset, reload `GET /dispatch/board` and go on applying what follows; the reset's `id` is where it follows from.
         *
         *     **Authentication.** Send `Authorization: Bearer <token>` and read the stream with fetch(). The browser's EventSource cannot send headers: get a one-time ticket from `POST /dispatch/board/stream-tickets` and open `?ticket=<ticket>` within 60 s (tokens in URLs are refused: they end up in logs). A ticket opens one request; when the connection drops, EventSource retries the same URL, gets 401 and closes (`readyState` 2): then ask for a new ticket and open a new EventSource with `?ticket=<new>&lastEventId=<the last id you received>`.
         */
        get: operations["BoardStream_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board/stream-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time ticket to open the board stream from a browser’s EventSource
         * @description The native EventSource cannot send the Authorization header, and a token in a URL ends up in logs. Ask for a ticket with your token (no body), then open `GET /dispatch/board/stream?ticket=<ticket>` within 60 s. The ticket is opaque and random, and opens the stream once, on any gateway replica: the first request that presents it uses it up, whatever its outcome, so a ticket that reached a log opens nothing. It stands for the account that asked: if the account is disabled or its password changes before it is used, it is refused with 401. Ask for a new one for every connection (EventSource retries with the old URL; see the stream).
         */
        post: operations["BoardStream_issueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEntryDto: {
            /**
             * @description Entry id (increasing in the order entries were written)
             * @example 10452
             */
            id: string;
            /**
             * Format: date-time
             * @description When it happened (UTC)
             * @example 2026-11-23T01:15:42.120Z
             */
            at: string;
            /**
             * @description Who: user id, API key id, `anonymous` or `system`
             * @example 3f0c2d9e-8a51-4c4b-9d7e-2b1f6a0c9e11
             */
            actorId: string;
            /**
             * @description A person, a hospital system, a caller without an account, or the gateway itself
             * @example user
             * @enum {string}
             */
            actorKind: "user" | "api_key" | "anonymous" | "system";
            /**
             * @description Username or API key name at the time
             * @example supervisor
             */
            actorName: string;
            /**
             * @description `<resource>.<verb>`: a change (`user.create`, `staff.update`) or a read of personal data in full (`deposit.read`)
             * @example deposit.read
             */
            action: string;
            /**
             * @description What kind of thing
             * @example deposit
             */
            targetType: string;
            /**
             * @description Its id; null for a list read (see details.ids) or a change without one
             * @example 9b2f4c1e-5d3a-4e8b-a1c7-6f0e2d4b8a93
             */
            targetId: string | null;
            /**
             * @description What else is worth knowing (fields changed, ids of a list read, a new version); never a secret
             * @example {
             *       "ids": [
             *         "9b2f4c1e-5d3a-4e8b-a1c7-6f0e2d4b8a93"
             *       ]
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description Client address as the gateway saw it (after TRUST_PROXY_HOPS)
             * @example 10.12.3.45
             */
            ip: string | null;
            /**
             * @description The request’s X-Request-Id, to find its log lines
             * @example 0b6c5e0a-2f1d-4e55-8f3e-7c1a9d2b4e60
             */
            requestId: string | null;
        };
        AuditPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["AuditEntryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Stable machine-readable error code: switch on this, not on `detail`. The list is closed; its HTTP status is fixed per code (ERROR_HTTP_STATUS)
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "INVALID_CURSOR" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "STAFF_NOT_FOUND" | "TASK_NOT_FOUND" | "SCHEDULE_NOT_FOUND" | "API_KEY_NOT_FOUND" | "STAFF_NUMBER_TAKEN" | "USERNAME_TAKEN" | "CONFLICT" | "INVALID_TRANSITION" | "NOT_ASSIGNEE" | "BUSINESS_RULE" | "WORKER_UNAVAILABLE" | "NO_ELIGIBLE_WORKER" | "DUTY_CONFLICT" | "NOT_ON_DUTY" | "ALREADY_ON_BREAK" | "NOT_ON_BREAK" | "DEPOSIT_NOT_FOUND" | "HANDOVER_NOT_FOUND" | "EQUIPMENT_NOT_FOUND" | "LOAN_NOT_FOUND" | "PROHIBITED_ITEM" | "TAG_IN_USE" | "NO_FREE_TAG" | "CLAIM_REFUSED" | "DEPOSIT_LOCKED" | "SUPERVISOR_REQUIRED" | "UNIT_UNAVAILABLE" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_USE" | "SURVEY_NOT_FOUND" | "SURVEY_TOKEN_NOT_FOUND" | "SURVEY_TOKEN_USED" | "SURVEY_TOKEN_EXPIRED" | "SUPERVISOR_NOT_FOUND" | "SUPERVISOR_PHONE_TAKEN" | "TASK_ALREADY_INVITED" | "COMPLAINT_NOT_FOUND" | "NOT_COMPLAINT_OWNER" | "ALREADY_OWNER" | "UNKNOWN_STAFF" | "FOLLOW_UP_NOT_FOUND" | "COMPLAINT_ALREADY_RAISED" | "PERIOD_FROZEN" | "ALREADY_REVIEWED" | "EQUIPMENT_CODE_TAKEN" | "NOT_INCOMING_CLERK" | "NOT_TASK_CARRIER" | "INCIDENT_NOT_FOUND" | "INCIDENT_NOT_PENDING" | "USER_NOT_FOUND" | "STAFF_ALREADY_LINKED" | "LAST_ADMIN" | "PASSWORD_CHANGE_REQUIRED" | "CURRENT_PASSWORD_WRONG" | "LOGIN_LOCKED" | "PROVIDER_MANAGED" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "SERVICE_TIMEOUT" | "INTERNAL" | "NOT_LINKED_TO_STAFF" | "UNSUPPORTED_MEDIA_TYPE" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_EVENT_TYPE_NOT_ALLOWED" | "WEBHOOK_ENDPOINT_DISABLED";
        FieldErrorDto: {
            /**
             * @description Dotted path of the offending field
             * @example origin.department
             */
            field: string;
            /**
             * @description What is wrong with it
             * @example origin.department should not be empty
             */
            message: string;
        };
        ProblemDto: {
            /**
             * @description URI identifying the problem type
             * @example urn:hospital:problem:validation-failed
             */
            type: string;
            /**
             * @description Short summary of the problem type
             * @example Validation failed
             */
            title: string;
            /**
             * @description HTTP status code
             * @example 400
             */
            status: number;
            /** @description What went wrong with this request */
            detail?: string;
            /**
             * @description The request path
             * @example /api/v1/dispatch/tasks
             */
            instance: string;
            /**
             * @description Stable machine-readable error code: switch on this, not on `detail`. The list is closed; its HTTP status is fixed per code (ERROR_HTTP_STATUS)
             * @example VALIDATION_FAILED
             */
            code: components["schemas"]["ErrorCode"];
            /** @description Correlation id of this request (also in the X-Request-Id header) */
            requestId: string;
            /** @description Every bad field of a 400, and the field a rule refused on most 422s */
            errors?: components["schemas"]["FieldErrorDto"][];
        };
        LoginDto: {
            /**
             * @description Login name
             * @example dispatcher
             */
            username: string;
            /**
             * @description Password
             * @example dispatcher-demo-2026
             */
            password: string;
        };
        TokenDto: {
            /** @description JWT to send as `Authorization: Bearer <token>` */
            accessToken: string;
            /**
             * @description Always Bearer
             * @example Bearer
             */
            tokenType: string;
            /**
             * @description Seconds until the token expires
             * @example 28800
             */
            expiresIn: number;
            /**
             * @description The password is temporary: this token opens only POST /auth/password (and GET /auth/me) until it is changed
             * @example false
             */
            passwordChangeRequired: boolean;
        };
        ChangePasswordDto: {
            /**
             * @description The password now in use (the temporary one at first login)
             * @example kq7T-9vXa-M2pe-Wd4r
             */
            currentPassword: string;
            /**
             * @description At least PASSWORD_MIN_LENGTH (default 10) characters, not the username, not a commonly used password
             * @example ward5-night-lantern
             */
            newPassword: string;
        };
        /**
         * @description What the caller may do
         * @enum {string}
         */
        Role: "admin" | "manager" | "dispatcher" | "worker" | "desk_clerk" | "supervisor" | "inspector" | "integration";
        MeDto: {
            /** @description User id, or the system id of an API key (the caller id the services record) */
            id: string;
            /**
             * @description A person or a hospital system
             * @enum {string}
             */
            kind: "user" | "api_key";
            /** @description Username, or the API key name */
            name: string;
            /** @description What the caller may do */
            roles: components["schemas"]["Role"][];
            /** @description Linked staff member, if any */
            staffId: string | null;
            /**
             * @description A person must change their temporary password before anything else
             * @example false
             */
            passwordChangeRequired: boolean;
        };
        CreateApiKeyDto: {
            /**
             * @description What system uses the key
             * @example HIS nurse station
             */
            name: string;
            /**
             * Format: date-time
             * @description The key is refused after this instant; omit for a key valid until revoked
             * @example 2027-12-31T23:59:59+08:00
             */
            expiresAt?: string;
        };
        CreatedApiKeyDto: {
            /**
             * Format: uuid
             * @description Key id
             */
            id: string;
            /**
             * Format: uuid
             * @description The hospital system the key belongs to; the same across rotations, and the caller id services record
             */
            systemId: string;
            /** @description What system uses the key */
            name: string;
            /**
             * @description First characters of the key, to recognise it
             * @example hsp_3f9a1c2b
             */
            prefix: string;
            /** @description Always integration */
            roles: components["schemas"]["Role"][];
            /**
             * Format: date-time
             * @description When it was issued
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last use, to the minute
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When it was revoked; null while valid
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description When it stops working by itself; null: until revoked
             */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description The key this one replaced in a rotation
             */
            rotatedFrom: string | null;
            /** @description The key itself. Shown only in this response: store it now. */
            key: string;
        };
        RotateApiKeyDto: {
            /**
             * Format: date-time
             * @description Expiry of the new key; by default the old key’s
             * @example 2028-12-31T23:59:59+08:00
             */
            expiresAt?: string;
        };
        ApiKeyDto: {
            /**
             * Format: uuid
             * @description Key id
             */
            id: string;
            /**
             * Format: uuid
             * @description The hospital system the key belongs to; the same across rotations, and the caller id services record
             */
            systemId: string;
            /** @description What system uses the key */
            name: string;
            /**
             * @description First characters of the key, to recognise it
             * @example hsp_3f9a1c2b
             */
            prefix: string;
            /** @description Always integration */
            roles: components["schemas"]["Role"][];
            /**
             * Format: date-time
             * @description When it was issued
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last use, to the minute
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When it was revoked; null while valid
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description When it stops working by itself; null: until revoked
             */
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description The key this one replaced in a rotation
             */
            rotatedFrom: string | null;
        };
        ApiKeyListDto: {
            /** @description All keys, revoked ones included */
            items: components["schemas"]["ApiKeyDto"][];
        };
        CreateUserDto: {
            /**
             * @description Login name, stored lower-case
             * @example zhang.wei
             */
            username: string;
            /**
             * @description Name shown to colleagues
             * @example 张伟
             */
            displayName: string;
            /**
             * @description At least one; never integration (that is for API keys)
             * @example [
             *       "worker"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description The staff member (GET /staff) this account acts as: their own jobs, their own ledger. One account per staff member.
             */
            staffId?: string | null;
        };
        /** @enum {string} */
        UserStatus: "ACTIVE" | "DISABLED";
        CreatedUserDto: {
            /** Format: uuid */
            id: string;
            /** @example zhang.wei */
            username: string;
            /** @example 张伟 */
            displayName: string;
            /**
             * @example [
             *       "worker"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description The staff member the account acts as
             */
            staffId: string | null;
            /** @example ACTIVE */
            status: components["schemas"]["UserStatus"];
            /**
             * @description local: the gateway’s login; oidc: the hospital’s identity provider
             * @example local
             * @enum {string}
             */
            authSource: "local" | "oidc";
            /**
             * @description The password is temporary and must be changed at the next login
             * @example true
             */
            passwordChangeRequired: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * @description The first, temporary password: shown only in this answer; must be changed at first login
             * @example kq7T-9vXa-M2pe-Wd4r
             */
            temporaryPassword: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** @example zhang.wei */
            username: string;
            /** @example 张伟 */
            displayName: string;
            /**
             * @example [
             *       "worker"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description The staff member the account acts as
             */
            staffId: string | null;
            /** @example ACTIVE */
            status: components["schemas"]["UserStatus"];
            /**
             * @description local: the gateway’s login; oidc: the hospital’s identity provider
             * @example local
             * @enum {string}
             */
            authSource: "local" | "oidc";
            /**
             * @description The password is temporary and must be changed at the next login
             * @example true
             */
            passwordChangeRequired: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** Format: date-time */
            disabledAt: string | null;
        };
        UserPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["UserDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateUserDto: {
            /**
             * @description Name shown to colleagues
             * @example 张伟
             */
            displayName?: string;
            /**
             * @description Replaces the roles; effective on the next request of any token
             * @example [
             *       "dispatcher"
             *     ]
             */
            roles?: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description Link to a staff member; null unlinks
             */
            staffId?: string | null;
        };
        TemporaryPasswordDto: {
            /**
             * @description A one-time password, shown only in this answer: hand it to the person, who must change it at first login
             * @example kq7T-9vXa-M2pe-Wd4r
             */
            temporaryPassword: string;
        };
        /**
         * @description The group the person works in
         * @enum {string}
         */
        Group: "INTERNAL_MEDICINE" | "SURGERY" | "EMERGENCY";
        /**
         * @description Posts (skills) the person holds
         * @enum {string}
         */
        Post: "DISPATCHER" | "EXAM_ESCORT" | "SPECIMEN_COURIER" | "DRUG_COURIER" | "ODD_JOBS" | "DISINFECTION" | "DELIVERY" | "STOREROOM" | "FRONT_DESK" | "STRETCHER_BEARER" | "GREEN_CHANNEL";
        /**
         * @description The shift the person usually works; clock-in defaults to it
         * @enum {string}
         */
        Shift: "EARLY" | "MIDDLE" | "NIGHT" | "SPLIT_DAY";
        CreateStaffDto: {
            /**
             * @description Staff number (工号), unique
             * @example KF0101
             */
            staffNo: string;
            /**
             * @description Full name
             * @example 王芳
             */
            name: string;
            /** @description The group the person works in */
            group: components["schemas"]["Group"];
            /** @description Posts (skills) the person holds */
            posts: components["schemas"]["Post"][];
            /**
             * @description Mobile phone; shown masked to roles that do not need it
             * @example 13812341234
             */
            phone?: string;
            /**
             * @description Whether the person currently works at the center
             * @default true
             */
            active: boolean;
            /**
             * @description The shift the person usually works; clock-in defaults to it
             * @default EARLY
             */
            shift: components["schemas"]["Shift"];
            /**
             * @description How many jobs the person may carry at once; assignment refuses more
             * @default 2
             */
            capacity: number;
        };
        StaffDto: {
            /**
             * Format: uuid
             * @description Staff id
             */
            id: string;
            /** @description Staff number (工号) */
            staffNo: string;
            /** @description Full name */
            name: string;
            /** @description The group the person works in */
            group: components["schemas"]["Group"];
            /** @description Posts (skills) the person holds */
            posts: components["schemas"]["Post"][];
            /** @description Phone, masked (138****1234) unless the caller may see it */
            phone: string | null;
            /** @description Whether the person currently works at the center */
            active: boolean;
            /** @description The shift the person usually works */
            shift: components["schemas"]["Shift"];
            /**
             * @description How many jobs the person may carry at once
             * @example 2
             */
            capacity: number;
            /**
             * @description Increments on every change
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When the person was added
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        StaffPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["StaffDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Derived from duty and active jobs
         * @enum {string}
         */
        DutyStatus: "AVAILABLE" | "BUSY" | "ON_BREAK" | "OFF_DUTY";
        WorkerDutyDto: {
            /**
             * Format: uuid
             * @description Staff id
             */
            staffId: string;
            /** @description Staff number (工号) */
            staffNo: string;
            /** @description Full name */
            name: string;
            group: components["schemas"]["Group"];
            /** @description Derived from duty and active jobs */
            status: components["schemas"]["DutyStatus"];
            /** @description The shift clocked in for; null when off duty */
            shift: components["schemas"]["Shift"] | (null);
            /**
             * Format: date-time
             * @description When they clocked in; null when off duty
             */
            clockedInAt: string | null;
            /**
             * @description Jobs in hand (assigned, accepted or in progress)
             * @example 1
             */
            load: number;
            /**
             * @description How many jobs they may carry at once
             * @example 2
             */
            capacity: number;
            /**
             * Format: date-time
             * @description Idle since (last delivery or clock-in); null when carrying a job or off duty
             */
            idleSince: string | null;
            /**
             * Format: date-time
             * @description On a break they started (status ON_BREAK, no auto-assignment) since then; null when not on one
             */
            onBreakSince: string | null;
        };
        UpdateStaffDto: {
            /**
             * @description Full name
             * @example 王芳
             */
            name?: string;
            /** @description The group the person works in */
            group?: components["schemas"]["Group"];
            /** @description Posts (skills) the person holds */
            posts?: components["schemas"]["Post"][];
            /**
             * @description Mobile phone; shown masked to roles that do not need it
             * @example 13812341234
             */
            phone?: string;
            /**
             * @description Whether the person currently works at the center
             * @default true
             */
            active: boolean;
            /**
             * @description The shift the person usually works; clock-in defaults to it
             * @default EARLY
             */
            shift: components["schemas"]["Shift"];
            /**
             * @description How many jobs the person may carry at once; assignment refuses more
             * @default 2
             */
            capacity: number;
        };
        ClockInBodyDto: {
            /** @description The shift being worked; defaults to the person's usual shift */
            shift?: components["schemas"]["Shift"];
            /** @description Remark (cover for a colleague, overtime, ...) */
            note?: string;
        };
        ClockOutBodyDto: {
            /** @description Remark */
            note?: string;
        };
        StartBreakBodyDto: {
            /**
             * @description Why (lunch, a call of nature, ...); stays in dispatch, not in the event
             * @example 午饭
             */
            reason?: string;
        };
        /**
         * @description Walking, wheelchair, stretcher or in bed
         * @enum {string}
         */
        TransportMode: "WALK" | "WHEELCHAIR" | "STRETCHER" | "BED";
        /**
         * @description Isolation precautions the escort must take
         * @enum {string}
         */
        IsolationPrecaution: "NONE" | "CONTACT" | "DROPLET" | "AIRBORNE";
        /**
         * @description Critical patients travel with a companion
         * @enum {string}
         */
        PatientCondition: "STABLE" | "CRITICAL";
        /**
         * @description Clinical staff or family
         * @enum {string}
         */
        CompanionRole: "CLINICIAN" | "FAMILY";
        CompanionDto: {
            /**
             * @description Who accompanies the patient for the whole trip
             * @example 张医生
             */
            name: string;
            /** @description Clinical staff or family */
            role: components["schemas"]["CompanionRole"];
        };
        PatientTransportDetailsDto: {
            /**
             * @description Patient name; masked in lists
             * @example 王小明
             */
            patientName: string;
            /**
             * @description Medical record number (病案号/住院号); masked in lists
             * @example ZY20260012
             */
            mrn: string;
            /**
             * @description Ward (病区) the patient is collected from
             * @example 5病区
             */
            ward: string;
            /**
             * @description Bed number
             * @example 12
             */
            bed: string;
            /**
             * @description The exam or treatment the patient goes to
             * @example CT 增强
             */
            exam: string;
            /** @description Walking, wheelchair, stretcher or in bed */
            mode: components["schemas"]["TransportMode"];
            /** @description Oxygen needed on the way */
            oxygen: boolean;
            /** @description Monitor needed on the way */
            monitor: boolean;
            /** @description Isolation precautions the escort must take */
            isolation: components["schemas"]["IsolationPrecaution"];
            /** @description Critical patients travel with a companion */
            condition: components["schemas"]["PatientCondition"];
            /** @description Whether the patient can care for themselves; if not, a companion is required */
            selfCaring: boolean;
            /** @description Clinician or family member for the whole trip; required when critical or not self-caring (else 422) */
            companion?: components["schemas"]["CompanionDto"];
        };
        /**
         * @description Morning round (晨标), urgent (急标) or pathology
         * @enum {string}
         */
        SpecimenKind: "MORNING_ROUND" | "URGENT" | "PATHOLOGY";
        SpecimenDetailsDto: {
            /** @description Morning round (晨标), urgent (急标) or pathology */
            kind: components["schemas"]["SpecimenKind"];
            /**
             * @description Urgent blood (急血): always STAT, whatever priority was asked for
             * @default false
             */
            urgentBlood: boolean;
            /**
             * @description Number of specimens
             * @example 3
             */
            count: number;
            /**
             * @description Container (tube colour, box)
             * @example 紫头管
             */
            container: string;
        };
        /**
         * @description Large-volume IV fluids or an urgent injection
         * @enum {string}
         */
        DrugKind: "IV_FLUIDS" | "URGENT_INJECTION";
        DrugDetailsDto: {
            /** @description Large-volume IV fluids or an urgent injection */
            kind: components["schemas"]["DrugKind"];
            /**
             * @description What to carry
             * @example 0.9% NS 500ml ×10
             */
            items?: string;
        };
        /**
         * @description Which document
         * @enum {string}
         */
        DocumentKind: "LAB_REPORT" | "EXAM_REPORT" | "CONSULTATION_REQUEST" | "APPOINTMENT_SLIP" | "BLOOD_REQUEST" | "DRUG_REQUEST" | "BEDSIDE_EXAM_SLIP" | "HERBAL_PRESCRIPTION" | "MAILED_REPORT";
        DocumentDetailsDto: {
            /** @description Which document */
            kind: components["schemas"]["DocumentKind"];
            /**
             * @description How many sheets or envelopes
             * @default 1
             */
            count: number;
            /** @description Postal address; required for MAILED_REPORT */
            mailingAddress?: string;
        };
        GoodsDetailsDto: {
            /**
             * @description What to deliver (uniforms, supplies, ...)
             * @example 护士服 20 套
             */
            description: string;
            /** @description Number of pieces or boxes */
            quantity?: number;
        };
        /**
         * @description Clean linen out, or dirty bags (污包) in
         * @enum {string}
         */
        LinenKind: "CLEAN" | "DIRTY";
        LinenDetailsDto: {
            /** @description Clean linen out, or dirty bags (污包) in */
            kind: components["schemas"]["LinenKind"];
            /**
             * @description Number of bags
             * @example 4
             */
            bags: number;
        };
        /**
         * @description Extra bed, unblocking a pipe, moving, other
         * @enum {string}
         */
        OddJobKind: "EXTRA_BED" | "UNBLOCK_PIPE" | "MOVING" | "OTHER";
        OddJobDetailsDto: {
            /** @description Extra bed, unblocking a pipe, moving, other */
            kind: components["schemas"]["OddJobKind"];
            /**
             * @description What exactly
             * @example 加床 1 张到 12 床旁
             */
            description: string;
        };
        DisinfectionDetailsDto: {
            /**
             * @description The bed unit for terminal disinfection (床单元消毒)
             * @example 5病区 12床
             */
            bedUnit: string;
            /** @description Isolation of the discharged patient, which decides the method */
            isolation?: components["schemas"]["IsolationPrecaution"];
        };
        AmbulanceDetailsDto: {
            /**
             * @description Where the ambulance goes
             * @example 幸福路 12 号 3 单元
             */
            address: string;
            /**
             * @description Stretcher bearers needed
             * @example 2
             */
            bearers: number;
        };
        /**
         * @description What kind of job
         * @enum {string}
         */
        TaskType: "PATIENT_TRANSPORT" | "SPECIMEN" | "DRUG" | "DOCUMENT" | "GOODS" | "LINEN" | "ODD_JOB" | "DISINFECTION" | "AMBULANCE_120";
        /**
         * @description STAT: at once (urgent blood, critical patients)
         * @enum {string}
         */
        TaskPriority: "ROUTINE" | "URGENT" | "STAT";
        LocationDto: {
            /**
             * @description Department or place
             * @example 心内科
             */
            department: string;
            /**
             * @description Ward (病区)
             * @example 5病区
             */
            ward?: string;
            /**
             * @description Bed number
             * @example 12
             */
            bed?: string;
        };
        RequesterDto: {
            /**
             * @description Requesting department
             * @example 心内科
             */
            department: string;
            /**
             * @description Who called
             * @example 李护士
             */
            contactName?: string;
            /**
             * @description Call-back number (extension or mobile); masked for roles that do not need it
             * @example 8021
             */
            phone?: string;
        };
        /** @description A job to register. `type` says which of the details properties it carries: PATIENT_TRANSPORT → `patient`, SPECIMEN → `specimen`, DRUG → `drug`, DOCUMENT → `document`, GOODS → `goods`, LINEN → `linen`, ODD_JOB → `oddJob`, DISINFECTION → `disinfection`, AMBULANCE_120 → `ambulance`. Exactly that one: it is required, and any other is refused. */
        CreateTaskDto: components["schemas"]["CreatePatientTransportTaskDto"] | components["schemas"]["CreateSpecimenTaskDto"] | components["schemas"]["CreateDrugTaskDto"] | components["schemas"]["CreateDocumentTaskDto"] | components["schemas"]["CreateGoodsTaskDto"] | components["schemas"]["CreateLinenTaskDto"] | components["schemas"]["CreateOddJobTaskDto"] | components["schemas"]["CreateDisinfectionTaskDto"] | components["schemas"]["CreateAmbulance120TaskDto"];
        /**
         * @description Where the job stands
         * @enum {string}
         */
        TaskStatus: "SCHEDULED" | "PENDING" | "ASSIGNED" | "ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
        /**
         * @description What happened
         * @enum {string}
         */
        TaskTimelineAction: "CREATED" | "ASSIGNED" | "ACCEPTED" | "DECLINED" | "STARTED" | "COMPLETED" | "CANCELLED" | "OVERDUE" | "RELEASED" | "EDITED";
        TaskTimelineEntryDto: {
            /** @description What happened */
            action: components["schemas"]["TaskTimelineAction"];
            /** @description Status after this step */
            status: components["schemas"]["TaskStatus"];
            /** @description Who did it (user, API key or staff id) */
            actorId: string;
            /**
             * Format: uuid
             * @description The worker the step concerns (assigned, accepted, ...)
             */
            workerId: string | null;
            /** @description Reason or remark given with the step */
            note: string | null;
            /**
             * Format: date-time
             * @description When it happened
             */
            at: string;
        };
        TaskDetailDto: {
            /** @description Patient transport; patient name and MRN masked in lists and for roles that do not need them; present only on jobs of that type */
            patient?: components["schemas"]["PatientTransportDetailsDto"];
            /** @description Specimen; present only on jobs of that type */
            specimen?: components["schemas"]["SpecimenDetailsDto"];
            /** @description Drug; present only on jobs of that type */
            drug?: components["schemas"]["DrugDetailsDto"];
            /** @description Document; present only on jobs of that type */
            document?: components["schemas"]["DocumentDetailsDto"];
            /** @description Goods; present only on jobs of that type */
            goods?: components["schemas"]["GoodsDetailsDto"];
            /** @description Linen; present only on jobs of that type */
            linen?: components["schemas"]["LinenDetailsDto"];
            /** @description Odd job; present only on jobs of that type */
            oddJob?: components["schemas"]["OddJobDetailsDto"];
            /** @description Disinfection; present only on jobs of that type */
            disinfection?: components["schemas"]["DisinfectionDetailsDto"];
            /** @description 120 call-out; present only on jobs of that type */
            ambulance?: components["schemas"]["AmbulanceDetailsDto"];
            /**
             * Format: uuid
             * @description Task id
             */
            id: string;
            /**
             * @description Human-readable number, per hospital day
             * @example T20261123-0001
             */
            number: string;
            /** @description What kind of job */
            type: components["schemas"]["TaskType"];
            /** @description How fast it must be done */
            priority: components["schemas"]["TaskPriority"];
            /** @description Where the job stands */
            status: components["schemas"]["TaskStatus"];
            /** @description The group running the job */
            group: components["schemas"]["Group"];
            /** @description Pick-up */
            origin: components["schemas"]["LocationDto"];
            /** @description Delivery */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for it; phone masked for roles that do not call back */
            requester: components["schemas"]["RequesterDto"];
            /** @description Notes for the worker */
            notes: string | null;
            /** @description Fee in fen for paid services (patient transport, mailed reports); null when free */
            feeFen: number | null;
            /** @description Who created it: a user id, or the system id of an API key (the same across its rotations) */
            createdBy: string;
            /**
             * Format: uuid
             * @description The worker doing the job, once assigned
             */
            assigneeId: string | null;
            /**
             * Format: date-time
             * @description When the job must be done: its booked time, or its priority’s window after registration (STAT 15 min, URGENT 30 min, ROUTINE 2 h by default)
             */
            dueAt: string;
            /**
             * Format: date-time
             * @description A booked job’s time (when it is wanted done); null for a job wanted at once
             */
            scheduledFor: string | null;
            /**
             * Format: date-time
             * @description A booked job: when it enters (or entered) the queue, its lead time before `scheduledFor`
             */
            releaseAt: string | null;
            /**
             * Format: date-time
             * @description When the job entered the queue (its registration, or a booked job’s release): response and turnaround in the KPIs run from here; null while SCHEDULED
             */
            queuedAt: string | null;
            /** @description Who handed the patient or item over at pick-up */
            handedOverBy: string | null;
            /** @description Who received the patient or item at delivery */
            receivedBy: string | null;
            /**
             * Format: date-time
             * @description When it was delivered
             */
            completedAt: string | null;
            /**
             * Format: date-time
             * @description When it was flagged overdue (deadline passed while open); null if never
             */
            overdueAt: string | null;
            /**
             * @description Increments on every change
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When it was registered
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
            /** @description Every step, oldest first */
            timeline: components["schemas"]["TaskTimelineEntryDto"][];
        };
        EditTaskBodyDto: {
            /**
             * Format: date-time
             * @description The new time it is wanted done (moves `dueAt` and `releaseAt` with it); future, within the booking horizon, with an offset
             * @example 2026-11-23T15:00:00+08:00
             */
            scheduledFor?: string;
            /** @description New priority (urgent blood stays STAT); moves the release with its lead time */
            priority?: components["schemas"]["TaskPriority"];
            /** @description New pick-up */
            origin?: components["schemas"]["LocationDto"];
            /** @description New delivery */
            destination?: components["schemas"]["LocationDto"];
            /** @description New requester */
            requester?: components["schemas"]["RequesterDto"];
            /** @description New notes for the worker */
            notes?: string;
        };
        TaskDto: {
            /** @description Patient transport; patient name and MRN masked in lists and for roles that do not need them; present only on jobs of that type */
            patient?: components["schemas"]["PatientTransportDetailsDto"];
            /** @description Specimen; present only on jobs of that type */
            specimen?: components["schemas"]["SpecimenDetailsDto"];
            /** @description Drug; present only on jobs of that type */
            drug?: components["schemas"]["DrugDetailsDto"];
            /** @description Document; present only on jobs of that type */
            document?: components["schemas"]["DocumentDetailsDto"];
            /** @description Goods; present only on jobs of that type */
            goods?: components["schemas"]["GoodsDetailsDto"];
            /** @description Linen; present only on jobs of that type */
            linen?: components["schemas"]["LinenDetailsDto"];
            /** @description Odd job; present only on jobs of that type */
            oddJob?: components["schemas"]["OddJobDetailsDto"];
            /** @description Disinfection; present only on jobs of that type */
            disinfection?: components["schemas"]["DisinfectionDetailsDto"];
            /** @description 120 call-out; present only on jobs of that type */
            ambulance?: components["schemas"]["AmbulanceDetailsDto"];
            /**
             * Format: uuid
             * @description Task id
             */
            id: string;
            /**
             * @description Human-readable number, per hospital day
             * @example T20261123-0001
             */
            number: string;
            /** @description What kind of job */
            type: components["schemas"]["TaskType"];
            /** @description How fast it must be done */
            priority: components["schemas"]["TaskPriority"];
            /** @description Where the job stands */
            status: components["schemas"]["TaskStatus"];
            /** @description The group running the job */
            group: components["schemas"]["Group"];
            /** @description Pick-up */
            origin: components["schemas"]["LocationDto"];
            /** @description Delivery */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for it; phone masked for roles that do not call back */
            requester: components["schemas"]["RequesterDto"];
            /** @description Notes for the worker */
            notes: string | null;
            /** @description Fee in fen for paid services (patient transport, mailed reports); null when free */
            feeFen: number | null;
            /** @description Who created it: a user id, or the system id of an API key (the same across its rotations) */
            createdBy: string;
            /**
             * Format: uuid
             * @description The worker doing the job, once assigned
             */
            assigneeId: string | null;
            /**
             * Format: date-time
             * @description When the job must be done: its booked time, or its priority’s window after registration (STAT 15 min, URGENT 30 min, ROUTINE 2 h by default)
             */
            dueAt: string;
            /**
             * Format: date-time
             * @description A booked job’s time (when it is wanted done); null for a job wanted at once
             */
            scheduledFor: string | null;
            /**
             * Format: date-time
             * @description A booked job: when it enters (or entered) the queue, its lead time before `scheduledFor`
             */
            releaseAt: string | null;
            /**
             * Format: date-time
             * @description When the job entered the queue (its registration, or a booked job’s release): response and turnaround in the KPIs run from here; null while SCHEDULED
             */
            queuedAt: string | null;
            /** @description Who handed the patient or item over at pick-up */
            handedOverBy: string | null;
            /** @description Who received the patient or item at delivery */
            receivedBy: string | null;
            /**
             * Format: date-time
             * @description When it was delivered
             */
            completedAt: string | null;
            /**
             * Format: date-time
             * @description When it was flagged overdue (deadline passed while open); null if never
             */
            overdueAt: string | null;
            /**
             * @description Increments on every change
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When it was registered
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        TaskPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["TaskDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        AssignTaskBodyDto: {
            /**
             * Format: uuid
             * @description The worker (staff id) who is to do the job; omit with `auto: true`
             */
            workerId?: string;
            /**
             * @description Let the service choose: clocked in, on shift, holding the post the job needs, in the group covering the origin (for STAT, other groups when none is free there), under capacity; least loaded, then longest idle. The reason is on the timeline.
             * @default false
             */
            auto: boolean;
            /**
             * @description Set to move a job that is already assigned or accepted to another worker
             * @default false
             */
            reassign: boolean;
            /** @description Remark for the timeline */
            note?: string;
        };
        TaskNoteBodyDto: {
            /** @description Remark for the timeline */
            note?: string;
        };
        TaskReasonBodyDto: {
            /** @description Why (shown on the timeline) */
            reason: string;
        };
        StartTaskBodyDto: {
            /**
             * @description Who handed the patient or item over (name and role), as on the handover record
             * @example 李护士 (5病区)
             */
            handedOverBy: string;
            /** @description Remark for the timeline */
            note?: string;
        };
        CompleteTaskBodyDto: {
            /**
             * @description Who received the patient or item (name and role), as on the handover record
             * @example 王医生 (检验科)
             */
            receivedBy: string;
            /** @description Remark for the timeline */
            note?: string;
        };
        /**
         * @description What went wrong
         * @enum {string}
         */
        IncidentKind: "DELAY" | "SPECIMEN_DAMAGED" | "SPECIMEN_LOST" | "WRONG_DESTINATION" | "PATIENT_FALL" | "LINE_DISLODGED" | "PROPERTY_DAMAGED" | "OTHER";
        /**
         * @description How bad it is
         * @enum {string}
         */
        IncidentSeverity: "MINOR" | "MAJOR" | "CRITICAL";
        ReportIncidentBodyDto: {
            /** @description What went wrong */
            kind: components["schemas"]["IncidentKind"];
            /** @description How bad it is */
            severity: components["schemas"]["IncidentSeverity"];
            /** @description What happened, truthfully and in full */
            description: string;
            /** @description Staff involved; defaults to the task's assignee */
            staffIds?: string[];
        };
        /**
         * @description CONFIRMED counts in evaluation; PENDING waits for the floor to confirm or dismiss it; DISMISSED never counts
         * @enum {string}
         */
        IncidentStatus: "PENDING" | "CONFIRMED" | "DISMISSED";
        IncidentDto: {
            /**
             * Format: uuid
             * @description Incident id
             */
            id: string;
            /**
             * Format: uuid
             * @description The task it happened on
             */
            taskId: string;
            /**
             * @description The task number
             * @example T20261123-0001
             */
            taskNumber: string;
            /** @description What went wrong */
            kind: components["schemas"]["IncidentKind"];
            /** @description How bad it is */
            severity: components["schemas"]["IncidentSeverity"];
            /** @description What happened */
            description: string;
            /** @description Staff involved */
            staffIds: string[];
            /**
             * @description CONFIRMED counts in evaluation; PENDING waits for the floor to confirm or dismiss it; DISMISSED never counts
             * @example CONFIRMED
             */
            status: components["schemas"]["IncidentStatus"];
            /** @description Who reported it (user or API key id) */
            reportedBy: string;
            /**
             * Format: uuid
             * @description The reporter's staff member; null for a system or an account not linked to staff
             * @example 9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e
             */
            reportedByStaffId: string | null;
            /**
             * Format: date-time
             * @description When it was reported
             */
            reportedAt: string;
            /**
             * @description Who confirmed or dismissed it (user id); null while PENDING, and for one CONFIRMED when reported
             * @example b7e4a0c2-1d3f-4e5a-9b6c-7d8e9f0a1b2c
             */
            reviewedBy: string | null;
            /**
             * Format: date-time
             * @description When it was confirmed or dismissed
             * @example 2026-11-23T09:30:00.000Z
             */
            reviewedAt: string | null;
            /**
             * @description The dismissal's reason, or the confirmer's note
             * @example 监控显示标本交接时完好，非该员工责任
             */
            reviewNote: string | null;
        };
        IncidentListDto: {
            /** @description Incidents on the task, oldest first */
            items: components["schemas"]["IncidentDto"][];
        };
        IncidentPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["IncidentDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ConfirmIncidentBodyDto: {
            /**
             * @description What the confirmer checked (kept on the incident)
             * @example 已与检验科核实，标本管破裂属实
             */
            note?: string;
        };
        DismissIncidentBodyDto: {
            /**
             * @description Why the report does not stand (kept on the incident)
             * @example 监控显示标本交接时完好，非该员工责任
             */
            reason: string;
        };
        /** @enum {string} */
        StatsGroupBy: "type" | "group" | "worker" | "priority";
        StatsRowDto: {
            /** @description The group value (task type, group, priority or assignee staff id); null on the total, and on the worker row of tasks never assigned */
            key: string | null;
            /**
             * @description Tasks that entered the queue in the range (registered, or a booking released; any status)
             * @example 120
             */
            count: number;
            /**
             * @description Of those, how many are COMPLETED
             * @example 100
             */
            completed: number;
            /**
             * @description Of those, how many are CANCELLED
             * @example 4
             */
            cancelled: number;
            /** @description Median response time in seconds: queue entry to the first ACCEPTED step; null when none was accepted */
            responseMedianSeconds: number | null;
            /** @description 90th percentile of the response time in seconds (continuous percentile) */
            responseP90Seconds: number | null;
            /** @description Median turnaround in seconds: queue entry to completion, over completed tasks; null when none */
            turnaroundMedianSeconds: number | null;
            /** @description 90th percentile of the turnaround in seconds (continuous percentile) */
            turnaroundP90Seconds: number | null;
            /**
             * @description Completed on time (completedAt <= dueAt) ÷ completed, in percent with one decimal; null when none completed
             * @example 92.5
             */
            onTimePercent: number | null;
            /**
             * @description Completed without any incident ÷ completed, in percent with one decimal; null when none completed
             * @example 99.1
             */
            accuracyPercent: number | null;
        };
        StatsDto: {
            /**
             * Format: date-time
             * @description Start of the range (inclusive), in UTC
             */
            from: string;
            /**
             * Format: date-time
             * @description End of the range (exclusive), in UTC
             */
            to: string;
            /** @description What the rows are broken down by; null when not broken down */
            groupBy: components["schemas"]["StatsGroupBy"] | (null);
            /** @description One row per group value, ordered by key (null last); empty without groupBy */
            rows: components["schemas"]["StatsRowDto"][];
            /** @description All tasks in the range (key null) */
            total: components["schemas"]["StatsRowDto"];
        };
        BoardCountsDto: {
            /**
             * @description All PENDING jobs (the `pending` list holds at most 200 of them)
             * @example 12
             */
            pending: number;
            /**
             * @description All jobs ASSIGNED, ACCEPTED or IN_PROGRESS (the `inHand` list holds at most 200)
             * @example 30
             */
            inHand: number;
            /**
             * @description Of the pending and in-hand jobs, how many are overdue
             * @example 2
             */
            overdue: number;
        };
        BoardTaskDto: {
            /**
             * Format: uuid
             * @description Task id
             */
            id: string;
            /**
             * @description Human-readable number, per hospital day
             * @example T20261123-0001
             */
            number: string;
            /** @description What kind of job */
            type: components["schemas"]["TaskType"];
            /** @description How fast it must be done */
            priority: components["schemas"]["TaskPriority"];
            /** @description PENDING, or ASSIGNED / ACCEPTED / IN_PROGRESS for jobs in hand */
            status: components["schemas"]["TaskStatus"];
            /** @description The group running the job */
            group: components["schemas"]["Group"];
            /** @description Pick-up (department, ward, bed) */
            origin: components["schemas"]["LocationDto"];
            /** @description Delivery (department, ward, bed) */
            destination: components["schemas"]["LocationDto"];
            /**
             * Format: uuid
             * @description The worker who has the job; null while pending
             */
            assigneeId: string | null;
            /** @description The assignee's name; null while pending */
            assigneeName: string | null;
            /**
             * Format: date-time
             * @description When the job must be done
             */
            dueAt: string;
            /** @description The deadline has passed (dueAt before generatedAt), or the overdue sweep has flagged the job */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When it was registered
             */
            createdAt: string;
        };
        BoardDto: {
            /** @description The group asked for; null for the whole center */
            group: components["schemas"]["Group"] | (null);
            /**
             * Format: date-time
             * @description When the board was read; `overdue` is judged against this instant
             */
            generatedAt: string;
            /** @description True totals, however long the lists are */
            counts: components["schemas"]["BoardCountsDto"];
            /** @description Pending jobs, STAT first, then URGENT, then ROUTINE, each by due time; at most 200 (see counts.pending) */
            pending: components["schemas"]["BoardTaskDto"][];
            /** @description Jobs assigned, accepted or in progress, by due time, with the assignee; at most 200 (see counts.inHand) */
            inHand: components["schemas"]["BoardTaskDto"][];
            /** @description The active workers with their duty status and current load */
            workers: components["schemas"]["WorkerDutyDto"][];
        };
        /**
         * @description What to do next: ACCEPT (POST …/accept), START (…/start), COMPLETE (…/complete)
         * @enum {string}
         */
        NextStep: "ACCEPT" | "START" | "COMPLETE";
        /**
         * @description What the job asks to bring or take care of, from its details (empty when nothing special); the details property itself is beside it
         * @enum {string}
         */
        TaskNeed: "WHEELCHAIR" | "STRETCHER" | "BED" | "OXYGEN" | "MONITOR" | "COMPANION" | "CRITICAL_PATIENT" | "CONTACT_ISOLATION" | "DROPLET_ISOLATION" | "AIRBORNE_ISOLATION" | "URGENT_BLOOD";
        WorkerQueueItemDto: {
            /** @description Patient transport; patient name and MRN masked in lists and for roles that do not need them; present only on jobs of that type */
            patient?: components["schemas"]["PatientTransportDetailsDto"];
            /** @description Specimen; present only on jobs of that type */
            specimen?: components["schemas"]["SpecimenDetailsDto"];
            /** @description Drug; present only on jobs of that type */
            drug?: components["schemas"]["DrugDetailsDto"];
            /** @description Document; present only on jobs of that type */
            document?: components["schemas"]["DocumentDetailsDto"];
            /** @description Goods; present only on jobs of that type */
            goods?: components["schemas"]["GoodsDetailsDto"];
            /** @description Linen; present only on jobs of that type */
            linen?: components["schemas"]["LinenDetailsDto"];
            /** @description Odd job; present only on jobs of that type */
            oddJob?: components["schemas"]["OddJobDetailsDto"];
            /** @description Disinfection; present only on jobs of that type */
            disinfection?: components["schemas"]["DisinfectionDetailsDto"];
            /** @description 120 call-out; present only on jobs of that type */
            ambulance?: components["schemas"]["AmbulanceDetailsDto"];
            /**
             * Format: uuid
             * @description Task id
             */
            id: string;
            /**
             * @description Human-readable number, per hospital day
             * @example T20261123-0001
             */
            number: string;
            /** @description What kind of job */
            type: components["schemas"]["TaskType"];
            /** @description How fast it must be done */
            priority: components["schemas"]["TaskPriority"];
            /** @description ASSIGNED, ACCEPTED or IN_PROGRESS */
            status: components["schemas"]["TaskStatus"];
            /** @description What to do next: ACCEPT (POST …/accept), START (…/start), COMPLETE (…/complete) */
            nextStep: components["schemas"]["NextStep"];
            /** @description Pick-up */
            origin: components["schemas"]["LocationDto"];
            /** @description Delivery */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for it, with the number to call back */
            requester: components["schemas"]["RequesterDto"];
            /** @description Notes for the worker */
            notes: string | null;
            /**
             * Format: date-time
             * @description When the job must be done
             */
            dueAt: string;
            /** @description The deadline has passed (dueAt before generatedAt), or the overdue sweep has flagged the job */
            overdue: boolean;
            /**
             * @description What the job asks to bring or take care of, from its details (empty when nothing special); the details property itself is beside it
             * @example [
             *       "WHEELCHAIR",
             *       "OXYGEN",
             *       "COMPANION"
             *     ]
             */
            needs: components["schemas"]["TaskNeed"][];
        };
        WorkerQueueDto: {
            /**
             * Format: date-time
             * @description When the queue was read; `overdue` is judged against this instant
             */
            generatedAt: string;
            /** @description Their own duty: status (ON_BREAK on a break), `onBreakSince`, shift, load and capacity */
            duty: components["schemas"]["WorkerDutyDto"];
            /** @description Their jobs ASSIGNED, ACCEPTED or IN_PROGRESS, in the order to do them: IN_PROGRESS first, then ACCEPTED, then ASSIGNED; within each STAT, URGENT, ROUTINE; then the earliest due; then the number. Patient name and MRN in full (they are the assignee). */
            items: components["schemas"]["WorkerQueueItemDto"][];
        };
        /**
         * @description On a day of the hospital calendar’s holidays: skip it, or run as usual
         * @enum {string}
         */
        HolidayPolicy: "SKIP" | "RUN";
        CreateScheduleDto: {
            /**
             * @description What the round is called on the floor
             * @example 5病区晨标
             */
            name: string;
            /**
             * @description When the job is wanted, as a 5-field cron expression (minute hour day-of-month month day-of-week) in hospital time: `0 6 * * *` every day at 06:00, `0 6 * * 1-5` weekdays, `30 9 * * 1` Mondays at 09:30. Each occurrence is booked like a job with `scheduledFor` and enters the queue at its lead time.
             * @example 0 6 * * *
             */
            cron: string;
            /**
             * @description On a day of the hospital calendar’s holidays: skip it, or run as usual
             * @default SKIP
             */
            holidays: components["schemas"]["HolidayPolicy"];
            /**
             * Format: date
             * @description First hospital day of occurrences (default: today)
             * @example 2026-12-07
             */
            startsOn?: string;
            /**
             * Format: date
             * @description Last hospital day of occurrences; none means until ended
             * @example 2027-06-30
             */
            endsOn?: string;
            /** @description The job each occurrence books, as POST /dispatch/tasks takes it, without `scheduledFor` (each occurrence sets it) */
            template: Omit<components["schemas"]["CreateTaskDto"], "type">;
        };
        /**
         * @description Active, paused or ended
         * @enum {string}
         */
        ScheduleStatus: "ACTIVE" | "PAUSED" | "ENDED";
        ScheduleDto: {
            /**
             * Format: uuid
             * @description Schedule id
             */
            id: string;
            /**
             * @description Name
             * @example 5病区晨标
             */
            name: string;
            /**
             * @description Cron expression in hospital time
             * @example 0 6 * * *
             */
            cron: string;
            /**
             * @description The hospital’s time zone the expression is read in
             * @example Asia/Shanghai
             */
            timeZone: string;
            /** @description What an occurrence on a holiday does */
            holidays: components["schemas"]["HolidayPolicy"];
            /** @description Active, paused or ended */
            status: components["schemas"]["ScheduleStatus"];
            /**
             * Format: date
             * @description First hospital day
             * @example 2026-12-07
             */
            startsOn: string;
            /**
             * Format: date
             * @description Last hospital day; null: until ended
             */
            endsOn: string | null;
            /** @description The job each occurrence books */
            template: Omit<components["schemas"]["CreateTaskDto"], "type">;
            /**
             * Format: date-time
             * @description The next occurrence not booked yet; null when paused, ended or past its last day
             */
            nextOccurrenceAt: string | null;
            /** @description Who created it (user or API key system id); its jobs are raised in that name */
            createdBy: string;
            /**
             * @description Increments on every change
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        SchedulePageDto: {
            /** @description The items of this page */
            items: components["schemas"]["ScheduleDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        EditScheduleBodyDto: {
            /** @description New name */
            name?: string;
            /**
             * @description New cron expression in hospital time (see CreateScheduleDto)
             * @example 0 7 * * 1-5
             */
            cron?: string;
            /** @description New holiday policy */
            holidays?: components["schemas"]["HolidayPolicy"];
            /**
             * Format: date
             * @description New last day
             * @example 2027-06-30
             */
            endsOn?: string;
            /** @description New job template (the whole job, without `scheduledFor`) */
            template?: Omit<components["schemas"]["CreateTaskDto"], "type">;
        };
        /**
         * @description Booked, skipped for a holiday, or withdrawn by a change of the schedule
         * @enum {string}
         */
        OccurrenceOutcome: "BOOKED" | "SKIPPED_HOLIDAY" | "WITHDRAWN";
        ScheduleOccurrenceDto: {
            /**
             * Format: uuid
             * @description Occurrence id
             */
            id: string;
            /**
             * Format: date-time
             * @description The time the job was wanted (its `scheduledFor`)
             */
            occursAt: string;
            /** @description Booked, skipped for a holiday, or withdrawn by a change of the schedule */
            outcome: components["schemas"]["OccurrenceOutcome"];
            /**
             * Format: uuid
             * @description The job it booked; null when skipped
             */
            taskId: string | null;
            /**
             * @description The job’s number
             * @example T20261207-0003
             */
            taskNumber: string | null;
            /** @description Where the job stands now; null when skipped */
            taskStatus: components["schemas"]["TaskStatus"] | (null);
            /**
             * Format: date-time
             * @description When the occurrence was booked or skipped
             */
            createdAt: string;
        };
        ScheduleOccurrencePageDto: {
            /** @description The items of this page */
            items: components["schemas"]["ScheduleOccurrenceDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            /** @description The next occurrences not booked yet (up to 5), holidays already left out when skipped */
            upcoming: string[];
        };
        HolidayDto: {
            /**
             * Format: date
             * @description The hospital day
             * @example 2027-02-06
             */
            day: string;
            /**
             * @description Which holiday
             * @example 春节
             */
            name: string;
        };
        HolidayListDto: {
            /** @description The year’s holidays, in date order */
            items: components["schemas"]["HolidayDto"][];
        };
        PutHolidayBodyDto: {
            /**
             * @description Which holiday
             * @example 春节
             */
            name: string;
        };
        /**
         * @description The desk being handed over
         * @enum {string}
         */
        Desk: "INPATIENT_LOBBY" | "SURGERY_LOBBY" | "EMERGENCY";
        CreateHandoverDto: {
            /** @description The desk being handed over */
            desk: components["schemas"]["Desk"];
            /**
             * Format: uuid
             * @description The clerk taking over: their staff id (dispatch roster, as in GET /staff), not a user account id; another staff member than the caller. Only the account linked to that staff member can confirm the handover
             */
            incomingClerkId: string;
            /**
             * @description Bags on hand as the outgoing clerk counted them
             * @example 12
             */
            count: number;
            /**
             * @description The tag numbers on the bags on hand
             * @example [
             *       1,
             *       2,
             *       5
             *     ]
             */
            tagNos: number[];
            /** @description Remarks of the outgoing clerk (positions, anything unusual) */
            note?: string;
        };
        /**
         * @description MATCHED, DISCREPANCY until resolved, or RESOLVED
         * @enum {string}
         */
        HandoverStatus: "MATCHED" | "DISCREPANCY" | "RESOLVED";
        HandoverDto: {
            /**
             * Format: uuid
             * @description Handover id
             */
            id: string;
            /** @description The desk handed over */
            desk: components["schemas"]["Desk"];
            /** @description MATCHED, DISCREPANCY until resolved, or RESOLVED */
            status: components["schemas"]["HandoverStatus"];
            /** @description The clerk handing over: a staff id (handovers recorded before accounts were linked to staff hold a user id) */
            outgoingClerkId: string;
            /** @description The clerk taking over: a staff id (handovers recorded before accounts were linked to staff hold a user id) */
            incomingClerkId: string;
            /**
             * @description Bags the outgoing clerk counted
             * @example 12
             */
            countedCount: number;
            /** @description Tag numbers the outgoing clerk listed, ascending */
            countedTags: number[];
            /**
             * @description Bags the desk holds by the records (stored, ticket lost, locked or unclaimed)
             * @example 12
             */
            expectedCount: number;
            /** @description Tags the records say are on hand but were not listed, ascending */
            missingTags: number[];
            /** @description Tags listed that the records do not have on hand, ascending */
            extraTags: number[];
            /** @description Remarks of the outgoing clerk */
            note: string | null;
            /**
             * Format: date-time
             * @description When the handover was recorded
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the incoming clerk confirmed; null until then
             */
            confirmedAt: string | null;
            /** @description The supervisor who resolved the discrepancy: their user account id (an audit of who did it, not a staff id) */
            resolvedBy: string | null;
            /**
             * Format: date-time
             * @description When the discrepancy was resolved
             */
            resolvedAt: string | null;
            /** @description What the supervisor found and did */
            resolution: string | null;
            /**
             * @description Increments on every change
             * @example 1
             */
            version: number;
        };
        HandoverPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["HandoverDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ResolveHandoverBodyDto: {
            /**
             * @description What the supervisor found and did about the discrepancy
             * @example 7号包已由本人取走，漏登
             */
            resolution: string;
        };
        SweepOverdueBodyDto: {
            /**
             * Format: date-time
             * @description Sweep as of this instant instead of now: deposits checked in more than the unclaimed limit (3 days by default) before it are marked UNCLAIMED. A future instant previews and forces the rule ("as of four days later"). ISO 8601 with offset.
             * @example 2026-11-27T09:00:00+08:00
             */
            asOf?: string;
        };
        SweepOverdueResultDto: {
            /**
             * @description How many deposits this sweep marked UNCLAIMED (those marked before are not counted again)
             * @example 2
             */
            marked: number;
            /** @description The deposits this sweep marked */
            ids: string[];
        };
        /**
         * @description Who the unclaimed property was handed to
         * @enum {string}
         */
        DisposalTarget: "LOST_PROPERTY" | "SECURITY";
        DisposeDepositBodyDto: {
            /** @description Who the unclaimed property was handed to */
            to: components["schemas"]["DisposalTarget"];
            /**
             * @description The disposal record: who received it, what was handed over, any receipt number
             * @example 交保卫科张科长，收据 BW-2026-031
             */
            note: string;
        };
        /**
         * @description Always DISPOSED
         * @enum {string}
         */
        DepositStatus: "STORED" | "TICKET_LOST" | "LOCKED" | "RELEASED" | "UNCLAIMED" | "DISPOSED";
        DepositDisposalDto: {
            /**
             * Format: uuid
             * @description Deposit id
             */
            id: string;
            /**
             * @description Ticket number of the deposit
             * @example ZY20261123-0001
             */
            ticketNo: string;
            /** @description The desk that held it */
            desk: components["schemas"]["Desk"];
            /**
             * @description Its tag number, free again from now on
             * @example 17
             */
            tagNo: number;
            /** @description Always DISPOSED */
            status: components["schemas"]["DepositStatus"];
            /**
             * Format: date-time
             * @description When it was checked in
             */
            checkedInAt: string;
            /**
             * Format: date-time
             * @description When the 3-day rule marked it unclaimed
             */
            unclaimedAt: string;
            /**
             * Format: date-time
             * @description When it was handed over
             */
            disposedAt: string;
            /** @description The supervisor who recorded the disposal (user id) */
            disposedBy: string;
            /** @description Who received it */
            disposalTo: components["schemas"]["DisposalTarget"];
            /** @description The disposal note */
            disposalNote: string;
        };
        /** @enum {string} */
        EquipmentType: "WHEELCHAIR" | "AIRLINE_CHAIR" | "UMBRELLA" | "FLAT_CART";
        /** @enum {string} */
        EquipmentUnitStatus: "AVAILABLE" | "LENT" | "MAINTENANCE" | "LOST";
        EquipmentUnitDto: {
            /**
             * Format: uuid
             * @description Unit id
             */
            id: string;
            /**
             * @description The code on the unit
             * @example IP-WC-01
             */
            code: string;
            /** @description What the unit is */
            type: components["schemas"]["EquipmentType"];
            /**
             * @description The type as staff call it
             * @example 轮椅
             */
            typeLabel: string;
            /** @description The desk that keeps and lends it */
            desk: components["schemas"]["Desk"];
            /** @description Where it is: AVAILABLE, LENT, MAINTENANCE or LOST */
            status: components["schemas"]["EquipmentUnitStatus"];
            /** @description Remarks, e.g. why it is in maintenance */
            note: string | null;
            /**
             * Format: date-time
             * @description When it was added
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        EquipmentCountDto: {
            /** @description Unit type */
            type: components["schemas"]["EquipmentType"];
            /** @description Unit status */
            status: components["schemas"]["EquipmentUnitStatus"];
            /**
             * @description Units of this type in this status
             * @example 4
             */
            count: number;
        };
        EquipmentPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["EquipmentUnitDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
            /** @description Counts per type and status over every unit matching the filters (not only this page) */
            counts: components["schemas"]["EquipmentCountDto"][];
        };
        AddEquipmentUnitDto: {
            /**
             * @description The code on the unit, unique across desks (upper case, digits, dashes)
             * @example IP-WC-06
             */
            code: string;
            /** @description What the unit is */
            type: components["schemas"]["EquipmentType"];
            /** @description The desk that keeps and lends it */
            desk: components["schemas"]["Desk"];
            /** @description Remarks (make, condition) */
            note?: string;
        };
        /**
         * @description AVAILABLE (back in service), MAINTENANCE (being repaired or cleaned) or LOST. A lent unit changes only by its loan’s return.
         * @enum {string}
         */
        SettableUnitStatus: "AVAILABLE" | "MAINTENANCE" | "LOST";
        SetEquipmentStatusBodyDto: {
            /** @description AVAILABLE (back in service), MAINTENANCE (being repaired or cleaned) or LOST. A lent unit changes only by its loan’s return. */
            status: components["schemas"]["SettableUnitStatus"];
            /** @description Why: required for MAINTENANCE and LOST; replaces the unit’s note */
            note?: string;
        };
        BorrowerDto: {
            /**
             * @description Borrower’s name
             * @example 王小明
             */
            name: string;
            /**
             * @description Borrower’s phone, to call about an overdue unit
             * @example 13812341234
             */
            phone: string;
            /**
             * @description Borrower’s ID number (resident ID, passport, permit). Stored only as a keyed hash plus its last four characters, never in clear.
             * @example 110101199001011234
             */
            idNumber: string;
        };
        /**
         * @description How the deposit was paid; default CASH. Ignored when no deposit is taken.
         * @enum {string}
         */
        PaymentMethod: "CASH" | "WECHAT_PAY" | "ALIPAY" | "CARD";
        OpenLoanDto: {
            /**
             * Format: uuid
             * @description The unit lent; it must be AVAILABLE. Its desk is the loan’s desk.
             */
            unitId: string;
            /** @description Who takes the unit */
            borrower: components["schemas"]["BorrowerDto"];
            /**
             * @description Deposit taken, in fen. Omit for the configured amount of the unit’s type (LOAN_DEPOSIT_FEN_*: wheelchair 20000, umbrella 0, ...); a value given overrides it (the default stays on the loan for audit). 0 takes no money and writes no ledger entry.
             * @example 20000
             */
            depositFen?: number;
            /** @description How the deposit was paid; default CASH. Ignored when no deposit is taken. */
            paymentMethod?: components["schemas"]["PaymentMethod"];
            /**
             * Format: date-time
             * @description When the unit is due back; must be in the future (ISO 8601 with offset)
             * @example 2026-11-23T18:00:00+08:00
             */
            dueBackAt: string;
        };
        /**
         * @description OPEN or RETURNED
         * @enum {string}
         */
        LoanStatus: "OPEN" | "RETURNED";
        BorrowerViewDto: {
            /** @description Name; masked (王**) for desk clerks, in full for supervisors, managers and admins */
            name: string;
            /** @description Phone; masked (138****1234) for desk clerks, in full for those who chase overdue units */
            phone: string;
            /**
             * @description Last four characters of the ID number, the only part ever kept in clear
             * @example 1234
             */
            idLast4: string;
        };
        /**
         * @description The unit’s state after return; null while open
         * @enum {string}
         */
        UnitStatusAfterReturn: "AVAILABLE" | "MAINTENANCE" | "LOST";
        LoanDto: {
            /**
             * Format: uuid
             * @description Loan id
             */
            id: string;
            /**
             * Format: uuid
             * @description The unit lent
             */
            unitId: string;
            /**
             * @description The unit’s code
             * @example IP-WC-01
             */
            unitCode: string;
            /** @description What was lent */
            type: components["schemas"]["EquipmentType"];
            /** @description The desk that lent it (the unit’s desk) */
            desk: components["schemas"]["Desk"];
            /** @description OPEN or RETURNED */
            status: components["schemas"]["LoanStatus"];
            /** @description Who has it */
            borrower: components["schemas"]["BorrowerViewDto"];
            /**
             * @description Deposit taken, in fen
             * @example 20000
             */
            depositFen: number;
            /** @description The configured deposit for the type when the loan was opened, in fen; differs from depositFen when the clerk overrode it */
            defaultDepositFen: number;
            /** @description How the deposit was paid; null when none was taken */
            paymentMethod: components["schemas"]["PaymentMethod"] | (null);
            /**
             * Format: date-time
             * @description When it is due back
             */
            dueBackAt: string;
            /** @description Returned after dueBackAt, or still out past it */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When it was first found overdue (by the sweep, or at a late return); null if never
             */
            overdueAt: string | null;
            /** @description The clerk who lent it (user id) */
            openedBy: string;
            /**
             * Format: date-time
             * @description When it was lent
             */
            openedAt: string;
            /**
             * Format: date-time
             * @description When it came back
             */
            returnedAt: string | null;
            /** @description The clerk who took it back (user id) */
            returnedBy: string | null;
            /** @description Kept from the deposit for damage, in fen; null while open */
            deductionFen: number | null;
            /** @description Why part of the deposit was kept */
            deductionReason: string | null;
            /** @description Refunded: deposit − deduction, in fen; null while open */
            refundFen: number | null;
            /** @description How the refund was paid; null while open or when nothing was refunded */
            refundMethod: components["schemas"]["PaymentMethod"] | (null);
            /** @description The unit’s state after return; null while open */
            unitStatusAfterReturn: components["schemas"]["UnitStatusAfterReturn"] | (null);
        };
        /** @enum {string} */
        LoanStatusFilter: "OPEN" | "RETURNED" | "OVERDUE";
        LoanPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["LoanDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ReturnLoanBodyDto: {
            /**
             * @description Kept from the deposit for damage, in fen; default 0. At most the deposit (422 otherwise); the rest is refunded.
             * @default 0
             * @example 5000
             */
            damageDeductionFen: number;
            /**
             * @description Why part of the deposit is kept; required when damageDeductionFen > 0 (422 otherwise)
             * @example 扶手断裂
             */
            deductionReason?: string;
            /** @description How the refund is paid; default: the way the deposit was paid */
            refundMethod?: components["schemas"]["PaymentMethod"];
            /**
             * @description The unit’s state after return: AVAILABLE (default), MAINTENANCE (needs repair or cleaning) or LOST (reported lost by the borrower)
             * @default AVAILABLE
             */
            unitStatus: components["schemas"]["UnitStatusAfterReturn"];
        };
        LedgerFiguresDto: {
            /**
             * @description Deposits taken
             * @example 20000
             */
            takenFen: number;
            /**
             * @description Refunds paid out
             * @example 15000
             */
            refundedFen: number;
            /**
             * @description Deductions kept (income for damage)
             * @example 5000
             */
            keptFen: number;
            /**
             * @description taken − refunded: what the drawer and accounts gained this day (may be negative)
             * @example 5000
             */
            netFen: number;
            /**
             * @description Net cash expected in the drawer: cash taken − cash refunded (CASH entries only)
             * @example 5000
             */
            netCashExpectedFen: number;
        };
        LedgerDeskFiguresDto: {
            /**
             * @description Deposits taken
             * @example 20000
             */
            takenFen: number;
            /**
             * @description Refunds paid out
             * @example 15000
             */
            refundedFen: number;
            /**
             * @description Deductions kept (income for damage)
             * @example 5000
             */
            keptFen: number;
            /**
             * @description taken − refunded: what the drawer and accounts gained this day (may be negative)
             * @example 5000
             */
            netFen: number;
            /**
             * @description Net cash expected in the drawer: cash taken − cash refunded (CASH entries only)
             * @example 5000
             */
            netCashExpectedFen: number;
            /** @description Desk */
            desk: components["schemas"]["Desk"];
        };
        LedgerClerkFiguresDto: {
            /**
             * @description Deposits taken
             * @example 20000
             */
            takenFen: number;
            /**
             * @description Refunds paid out
             * @example 15000
             */
            refundedFen: number;
            /**
             * @description Deductions kept (income for damage)
             * @example 5000
             */
            keptFen: number;
            /**
             * @description taken − refunded: what the drawer and accounts gained this day (may be negative)
             * @example 5000
             */
            netFen: number;
            /**
             * @description Net cash expected in the drawer: cash taken − cash refunded (CASH entries only)
             * @example 5000
             */
            netCashExpectedFen: number;
            /** @description Desk */
            desk: components["schemas"]["Desk"];
            /** @description Clerk (user id) */
            clerkId: string;
        };
        LedgerLineDto: {
            /**
             * @description Deposits taken
             * @example 20000
             */
            takenFen: number;
            /**
             * @description Refunds paid out
             * @example 15000
             */
            refundedFen: number;
            /**
             * @description Deductions kept (income for damage)
             * @example 5000
             */
            keptFen: number;
            /**
             * @description taken − refunded: what the drawer and accounts gained this day (may be negative)
             * @example 5000
             */
            netFen: number;
            /**
             * @description Net cash expected in the drawer: cash taken − cash refunded (CASH entries only)
             * @example 5000
             */
            netCashExpectedFen: number;
            /** @description Desk */
            desk: components["schemas"]["Desk"];
            /** @description Clerk (user id) */
            clerkId: string;
            /** @description Payment method */
            paymentMethod: components["schemas"]["PaymentMethod"];
        };
        /**
         * @description DEPOSIT_TAKEN, REFUND or DEDUCTION
         * @enum {string}
         */
        LedgerEntryKind: "DEPOSIT_TAKEN" | "REFUND" | "DEDUCTION";
        LedgerEntryDto: {
            /**
             * @description Entry number, increasing in the order entries were written
             * @example 42
             */
            id: string;
            /** @description DEPOSIT_TAKEN, REFUND or DEDUCTION */
            kind: components["schemas"]["LedgerEntryKind"];
            /**
             * @description Signed, in fen: DEPOSIT_TAKEN > 0 (in), REFUND < 0 (out), DEDUCTION > 0 (kept; moves no money)
             * @example 20000
             */
            amountFen: number;
            /** @description Cash, WeChat Pay, Alipay or card */
            paymentMethod: components["schemas"]["PaymentMethod"];
            /** @description The desk whose drawer or account it concerns */
            desk: components["schemas"]["Desk"];
            /** @description The clerk who handled the money (user id) */
            clerkId: string;
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /**
             * Format: uuid
             * @description The loan it belongs to
             */
            loanId: string;
        };
        LedgerDayDto: {
            /**
             * Format: date
             * @description The hospital day
             * @example 2026-11-23
             */
            date: string;
            /**
             * @description The hospital time zone the day is taken in
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * Format: date-time
             * @description Start of the day (inclusive)
             */
            from: string;
            /**
             * Format: date-time
             * @description End of the day (exclusive)
             */
            to: string;
            /** @description The desk asked for; null for every desk */
            desk: components["schemas"]["Desk"] | (null);
            /** @description Set when the caller is a desk clerk: the figures and entries are only their own */
            clerkId: string | null;
            /** @description Everything in scope */
            total: components["schemas"]["LedgerFiguresDto"];
            /** @description Per desk (each desk’s drawer) */
            desks: components["schemas"]["LedgerDeskFiguresDto"][];
            /** @description Per desk and clerk */
            clerks: components["schemas"]["LedgerClerkFiguresDto"][];
            /** @description Per desk, clerk and payment method */
            lines: components["schemas"]["LedgerLineDto"][];
            /** @description The entries themselves, in the order written */
            entries: components["schemas"]["LedgerEntryDto"][];
        };
        DepositorDto: {
            /**
             * @description The depositor's name
             * @example 王小明
             */
            name: string;
            /**
             * @description Contact phone
             * @example 13812341234
             */
            phone: string;
            /**
             * @description ID number: an 18-character PRC resident ID (valid check character) or a passport/permit number of 5-20 letters and digits. Stored only as a keyed hash plus its last 4 characters, never returned.
             * @example 11010519491231002X
             */
            idNumber: string;
        };
        /**
         * @description What the items are. Flammable, explosive, corrosive, toxic, radioactive, firearms, animals, food and valuables are refused (422 PROHIBITED_ITEM).
         * @enum {string}
         */
        ItemCategory: "CLOTHING" | "DAILY_NECESSITIES" | "DOCUMENTS" | "BOOKS" | "MEDICAL_SUPPLIES" | "LUGGAGE" | "OTHER" | "FLAMMABLE" | "EXPLOSIVE" | "CORROSIVE" | "TOXIC" | "RADIOACTIVE" | "FIREARMS" | "ANIMALS" | "FOOD" | "VALUABLES";
        /**
         * @description Parcel cabinet, number cabinet or shelf
         * @enum {string}
         */
        StoragePlaceKind: "PARCEL_CABINET" | "NUMBER_CABINET" | "SHELF";
        StoragePlaceDto: {
            /** @description Parcel cabinet, number cabinet or shelf */
            kind: components["schemas"]["StoragePlaceKind"];
            /**
             * @description Which one: cabinet and compartment, or shelf slot
             * @example A-03
             */
            label: string;
        };
        CheckInDepositDto: {
            /** @description The desk taking the deposit (its own tag pool) */
            desk: components["schemas"]["Desk"];
            /** @description Who leaves the items */
            depositor: components["schemas"]["DepositorDto"];
            /**
             * @description The items as counted in front of the depositor
             * @example 黑色双肩包一个，内有衣物
             */
            description: string;
            /**
             * @description How many pieces
             * @example 1
             */
            pieceCount: number;
            /** @description Locked or sealed by the depositor; if not, the ticket and record say the center is not liable */
            sealed: boolean;
            /** @description What the items are. Flammable, explosive, corrosive, toxic, radioactive, firearms, animals, food and valuables are refused (422 PROHIBITED_ITEM). */
            categories: components["schemas"]["ItemCategory"][];
            /**
             * @description A tag the clerk picks from the desk's pool; by default the lowest free one
             * @example 17
             */
            tagNo?: number;
            /** @description Where the items are put; by default a shelf slot labelled with the tag number */
            place?: components["schemas"]["StoragePlaceDto"];
        };
        DepositorSummaryDto: {
            /**
             * @description Name (masked on the ticket, in full for desk staff)
             * @example 王小明
             */
            name: string;
            /**
             * @description Phone (in full for supervisors, managers and admins; masked for clerks and on the ticket)
             * @example 138****1234
             */
            phone: string;
            /**
             * @description Last four characters of the ID number
             * @example 002X
             */
            idLast4: string;
        };
        DepositTicketDto: {
            /**
             * Format: uuid
             * @description Deposit id
             */
            id: string;
            /**
             * @description Ticket number: desk, hospital day, sequence
             * @example ZY20261123-0001
             */
            ticketNo: string;
            /** @description The desk holding the items */
            desk: components["schemas"]["Desk"];
            /**
             * @description The tag on the bag; its twin goes to the depositor
             * @example 1
             */
            tagNo: number;
            /** @description Where the items are kept */
            place: components["schemas"]["StoragePlaceDto"];
            /**
             * @description The code to claim with: shown only in this response, stored only as a keyed hash
             * @example K7QX2M9P
             */
            pickupCode: string;
            /** @description True when the items were not locked or sealed: the center is not liable for damage or loss */
            notLiable: boolean;
            /** @description Locked or sealed by the depositor */
            sealed: boolean;
            /**
             * @description Pieces counted
             * @example 1
             */
            pieceCount: number;
            /** @description The items as registered */
            description: string;
            /** @description Declared categories */
            categories: components["schemas"]["ItemCategory"][];
            /**
             * Format: date-time
             * @description When the items were taken in
             */
            checkedInAt: string;
            /** @description The depositor, masked */
            depositor: components["schemas"]["DepositorSummaryDto"];
        };
        /**
         * @description How it was claimed
         * @enum {string}
         */
        ClaimMethod: "PICKUP_CODE" | "LOST_TICKET" | "PROXY";
        DepositDto: {
            /**
             * Format: uuid
             * @description Deposit id
             */
            id: string;
            /**
             * @description Ticket number
             * @example ZY20261123-0001
             */
            ticketNo: string;
            /** @description The desk holding the items */
            desk: components["schemas"]["Desk"];
            /**
             * @description Tag number
             * @example 1
             */
            tagNo: number;
            /** @description Where the items are kept */
            place: components["schemas"]["StoragePlaceDto"];
            /** @description Where the deposit is in its life */
            status: components["schemas"]["DepositStatus"];
            /** @description The depositor (see the field descriptions for masking) */
            depositor: components["schemas"]["DepositorSummaryDto"];
            /** @description The items as registered */
            description: string;
            /** @description Pieces counted */
            pieceCount: number;
            /** @description Locked or sealed by the depositor */
            sealed: boolean;
            /** @description True when unsealed: the center is not liable for damage or loss */
            notLiable: boolean;
            /** @description Declared categories */
            categories: components["schemas"]["ItemCategory"][];
            /** @description Refused claims (wrong code or ID number) since check-in or the last unlock */
            wrongCodeCount: number;
            /** @description The clerk who took it in (user id) */
            checkedInBy: string;
            /**
             * Format: date-time
             * @description When it was taken in
             */
            checkedInAt: string;
            /**
             * Format: date-time
             * @description When it was handed back
             */
            releasedAt: string | null;
            /** @description The clerk who handed it back (user id) */
            releasedBy: string | null;
            /** @description How it was claimed */
            claimMethod: components["schemas"]["ClaimMethod"] | (null);
            /** @description Who collected it for the depositor (proxy claims) */
            claimedByName: string | null;
            /** @description The supervisor who approved a proxy claim (user id) */
            approvedBy: string | null;
            /**
             * Format: date-time
             * @description When the ticket was reported lost
             */
            lostReportedAt: string | null;
            /** @description The clerk who recorded the report (user id) */
            lostReportedBy: string | null;
            /**
             * Format: date-time
             * @description When wrong codes last locked it (kept after an unlock)
             */
            lockedAt: string | null;
            /**
             * Format: date-time
             * @description When a supervisor last unlocked it
             */
            unlockedAt: string | null;
            /** @description The supervisor who unlocked it (user id) */
            unlockedBy: string | null;
            /**
             * Format: date-time
             * @description When the 3-day rule made it unclaimed property
             */
            unclaimedAt: string | null;
            /**
             * Format: date-time
             * @description When it was handed to lost property or security
             */
            disposedAt: string | null;
            /** @description The supervisor who recorded the disposal (user id) */
            disposedBy: string | null;
            /** @description Who received it (lost property, security) */
            disposalTo: string | null;
            /** @description Row version, increases with every change */
            version: number;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        DepositPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["DepositDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        DepositLookupDto: {
            /** @description Where the deposit is in its life */
            status: components["schemas"]["DepositStatus"];
            /** @description The desk to go to */
            desk: components["schemas"]["Desk"];
            /**
             * Format: date
             * @description The day it was taken in (hospital time zone); the unclaimed limit counts from then
             * @example 2026-11-23
             */
            checkedInOn: string;
            /**
             * @description The tag number on the ticket
             * @example 1
             */
            tagNo: number;
        };
        ClaimDepositBodyDto: {
            /** @description PICKUP_CODE: the ticket code. LOST_TICKET (after report-lost): the depositor's ID number and the clerk's confirmation that the description matches. PROXY: the ticket code, the depositor's ID number and the collector's name, sent by a supervisor, who is recorded as approver. */
            method: components["schemas"]["ClaimMethod"];
            /**
             * @description The pickup code on the ticket (PICKUP_CODE, PROXY)
             * @example K7QX2M9P
             */
            pickupCode?: string;
            /**
             * @description The depositor's ID number (LOST_TICKET, PROXY), checked against the stored hash
             * @example 11010519491231002X
             */
            idNumber?: string;
            /** @description LOST_TICKET: the clerk confirms the claimant described the items as recorded; must be true */
            descriptionConfirmed?: boolean;
            /**
             * @description PROXY: the name of the person collecting for the depositor
             * @example 李四
             */
            proxyName?: string;
        };
        EvaluationPointsDto: {
            /**
             * @description Points every staff member starts a period with
             * @example 100
             */
            base: number;
            /**
             * @description A valid complaint, per staff member found at fault (also vetoes them)
             * @example -10
             */
            complaintAtFault: number;
            /**
             * @description An incident (差错) of severity MINOR, per staff member involved
             * @example -2
             */
            incidentMinor: number;
            /**
             * @description An incident of severity MAJOR (a major error: also vetoes)
             * @example -10
             */
            incidentMajor: number;
            /**
             * @description An incident of severity CRITICAL (an accident: vetoes the staff member and their group)
             * @example -20
             */
            incidentCritical: number;
            /**
             * @description A praise, per staff member named
             * @example 2
             */
            praise: number;
            /**
             * @description Bonus when the staff member’s survey mean over the period is above surveyThreshold
             * @example 5
             */
            surveyBonus: number;
            /**
             * @description Survey Likert mean (1–5) the period mean must exceed for the bonus
             * @example 4.5
             */
            surveyThreshold: number;
            /**
             * @description A job delivered late, to its worker
             * @example -1
             */
            lateTask: number;
            /**
             * @description A deposit shift handover with a discrepancy, to the outgoing clerk (their staff member)
             * @example -2
             */
            handoverDiscrepancy: number;
        };
        EvaluationRulesDto: {
            /**
             * @description Version number: 1 is the default set, each PUT adds the next
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @description From when sources are scored with this version
             */
            effectiveFrom: string;
            /** @description Who created the version (user id); null for the defaults */
            createdBy: string | null;
            /** @description The points of this version */
            points: components["schemas"]["EvaluationPointsDto"];
        };
        /**
         * @description Kind of source
         * @enum {string}
         */
        PointsSourceType: "INCIDENT" | "LATE_TASK" | "COMPLAINT" | "PRAISE" | "INSPECTION_FINDING" | "HANDOVER_DISCREPANCY";
        PointsSourceLinkDto: {
            /** @description Kind of source */
            type: components["schemas"]["PointsSourceType"];
            /** @description Id of the source (incident, task, complaint, praise, finding, handover) */
            id: string;
        };
        PointsEntryDto: {
            /**
             * Format: uuid
             * @description Entry id
             */
            id: string;
            /** @description Points, negative for a deduction */
            points: number;
            /** @description Why, in words */
            reason: string;
            /** @description The source it came from */
            source: components["schemas"]["PointsSourceLinkDto"];
            /** @description Rule version the points were taken from */
            ruleVersion: number;
            /** @description Whether this source vetoes the subject from the period’s awards (一票否决) */
            veto: boolean;
            /**
             * Format: date-time
             * @description When the source happened
             */
            occurredAt: string;
        };
        VetoDto: {
            /** @description Why the subject is vetoed */
            reason: string;
            /** @description The source of the veto */
            source: components["schemas"]["PointsSourceLinkDto"];
        };
        StaffLedgerDto: {
            /**
             * Format: uuid
             * @description Staff id
             */
            staffId: string;
            /**
             * @description The period asked for
             * @example 2026Q4
             */
            period: string;
            /** @description Base points of the period */
            base: number;
            /** @description Entries of the period, oldest first */
            entries: components["schemas"]["PointsEntryDto"][];
            /** @description Base plus the sum of the entries */
            total: number;
            /** @description Vetoed from the period’s awards */
            vetoed: boolean;
            /** @description Every source that vetoes them, oldest first */
            vetoes: components["schemas"]["VetoDto"][];
        };
        InspectionFindingInputDto: {
            /**
             * Format: uuid
             * @description The staff member the finding is about; omit for a department-level finding
             */
            staffId?: string;
            /** @description The department (group) the finding is about, when no staff member is named */
            department?: string;
            /** @description What the inspector found */
            description: string;
            /**
             * @description Points as recorded: negative deducts, positive rewards
             * @example -2
             */
            points: number;
            /**
             * @description Whether the finding stands (counts for the supervision award)
             * @default true
             */
            upheld: boolean;
        };
        CreateInspectionDto: {
            /**
             * @description The department inspected
             * @example 急诊
             */
            department: string;
            /**
             * Format: date-time
             * @description When the inspection began
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description When it ended: at least 30 minutes after startedAt
             */
            endedAt: string;
            /** @description Findings; each becomes one ledger entry */
            findings: components["schemas"]["InspectionFindingInputDto"][];
        };
        InspectionFindingDto: {
            /**
             * Format: uuid
             * @description Finding id (the ledger entry’s source id)
             */
            id: string;
            /**
             * Format: uuid
             * @description Staff member concerned
             */
            staffId: string | null;
            /** @description Department concerned, for a department-level finding */
            department: string | null;
            /** @description What was found */
            description: string;
            /** @description Points recorded */
            points: number;
            /** @description Whether the finding stands */
            upheld: boolean;
        };
        InspectionDto: {
            /**
             * Format: uuid
             * @description Inspection id
             */
            id: string;
            /** @description The inspector (user id) */
            inspectorId: string;
            /** @description Department inspected */
            department: string;
            /**
             * Format: date-time
             * @description Start
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description End
             */
            endedAt: string;
            /** @description Findings */
            findings: components["schemas"]["InspectionFindingDto"][];
        };
        CreatePeerReviewDto: {
            /**
             * @description Quarter or month reviewed
             * @example 2026Q4
             */
            period: string;
            /**
             * @description The reviewing department
             * @example EMERGENCY
             */
            fromDepartment: string;
            /**
             * @description The department reviewed
             * @example INPATIENT
             */
            toDepartment: string;
            /**
             * @description Score, 0–100
             * @example 90
             */
            score: number;
        };
        PeerReviewDto: {
            /**
             * @description Quarter or month reviewed
             * @example 2026Q4
             */
            period: string;
            /**
             * @description The reviewing department
             * @example EMERGENCY
             */
            fromDepartment: string;
            /**
             * @description The department reviewed
             * @example INPATIENT
             */
            toDepartment: string;
            /**
             * @description Score, 0–100
             * @example 90
             */
            score: number;
            /**
             * Format: uuid
             * @description Review id
             */
            id: string;
            /** @description Who recorded it (user id) */
            reviewerId: string;
            /**
             * Format: date-time
             * @description When it was recorded
             */
            createdAt: string;
        };
        /** @enum {string} */
        ScoreGrouping: "staff" | "department";
        ScoreRowDto: {
            /** @description Rank, 1 = best; ties broken by fewer negative entries, then staff number (departments: name) */
            rank: number;
            /** @description Staff id, or the department (group) name */
            id: string;
            /** @description Staff number (null for a department) */
            staffNo: string | null;
            /** @description Staff name, or the department name */
            name: string;
            /** @description Department (group) */
            department: string;
            /** @description Base points (departments: mean of their staff’s) */
            base: number;
            /** @description Sum of the ledger entries (departments: mean) */
            points: number;
            /** @description Survey bonus (departments: mean) */
            surveyBonus: number;
            /** @description base + points + surveyBonus (departments: mean of their staff’s totals, 2 decimals) */
            total: number;
            /** @description Entries with negative points (the first tie-breaker) */
            negativeEntries: number;
            /** @description Departments: mean peer-review score received (shown, not added) */
            peerReviewMean: number | null;
            /** @description Vetoed from the period’s awards (一票否决) */
            vetoed: boolean;
            /** @description Why, with the sources */
            vetoes: components["schemas"]["VetoDto"][];
        };
        ScoresDto: {
            /** @description Period */
            period: string;
            /** @description Grouping */
            groupBy: components["schemas"]["ScoreGrouping"];
            /** @description Ranked, total descending */
            items: components["schemas"]["ScoreRowDto"][];
        };
        /**
         * @description Which award
         * @enum {string}
         */
        AwardKind: "STAR_STAFF" | "EXCELLENT_TEAM" | "SUPERVISION";
        AwardDto: {
            /** @description Which award */
            kind: components["schemas"]["AwardKind"];
            /** @description Place within the award, 1 = first */
            rank: number;
            /** @description Staff id, department (group), or inspector user id */
            subjectId: string;
            /** @description Staff name, department, or inspector user id */
            name: string;
            /** @description Total score (staff, department), or upheld findings (supervision) */
            score: number;
            /** @description Award amount in fen */
            amountFen: number;
        };
        PeriodAwardsDto: {
            /** @description The quarter */
            period: string;
            /**
             * Format: date-time
             * @description When the awards were computed and the quarter frozen
             */
            frozenAt: string;
            /** @description Who froze it (user id) */
            frozenBy: string;
            /** @description Star staff, by rank */
            starStaff: components["schemas"]["AwardDto"][];
            /** @description Excellent teams, by rank */
            excellentTeams: components["schemas"]["AwardDto"][];
            /** @description The supervision award; null when nobody inspected */
            supervision: components["schemas"]["AwardDto"] | (never | null);
        };
        /**
         * @description How the complaint reached the center
         * @enum {string}
         */
        FeedbackChannel: "DESK" | "PHONE" | "WEB" | "MOBILE" | "SUGGESTION_BOX" | "OPINION_BOOK" | "SUPERVISOR" | "FOLLOW_UP";
        ComplainantDto: {
            /** @description Name of the complainant; omit to stay anonymous */
            name?: string;
            /**
             * @description Contact phone for the reply
             * @example 13812341234
             */
            phone?: string;
        };
        /**
         * @description What the complaint is about
         * @enum {string}
         */
        ComplaintCategory: "ATTITUDE" | "PROCESS" | "WAITING" | "ENVIRONMENT" | "MEDICAL_QUALITY" | "BILLING" | "PRIVACY" | "OTHER";
        /**
         * @description How serious it is; sets the acknowledgement deadline
         * @enum {string}
         */
        ComplaintSeverity: "NORMAL" | "URGENT" | "MAJOR";
        CreateComplaintDto: {
            /** @description How the complaint reached the center */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Who complains; omit for an anonymous complaint */
            complainant?: components["schemas"]["ComplainantDto"];
            /** @description The department complained about (department and/or staffId is required) */
            department?: string;
            /**
             * Format: uuid
             * @description The staff member complained about (dispatch staff id)
             */
            staffId?: string;
            /** @description What the complaint is about */
            category: components["schemas"]["ComplaintCategory"];
            /** @description How serious it is; sets the acknowledgement deadline */
            severity: components["schemas"]["ComplaintSeverity"];
            /** @description What happened, in the complainant’s words */
            description: string;
        };
        /**
         * @description Where it stands
         * @enum {string}
         */
        ComplaintStatus: "RECEIVED" | "ACKNOWLEDGED" | "INVESTIGATING" | "RESOLVED" | "REPLIED" | "CLOSED";
        ComplainantViewDto: {
            /** @description Name (masked unless the reader owns the complaint or is a supervisor or manager) */
            name: string | null;
            /** @description Phone (masked likewise) */
            phone: string | null;
        };
        /**
         * @description Which deadline was missed
         * @enum {string}
         */
        ComplaintDeadline: "ACKNOWLEDGE" | "RESOLVE";
        ComplaintResolutionDto: {
            /** @description Found valid or not */
            valid: boolean;
            /** @description Staff at fault */
            atFaultStaffIds: string[];
            /** @description Department at fault */
            atFaultDepartment: string | null;
            /** @description Corrective action */
            correctiveAction: string;
            /** @description Who resolved it */
            resolvedBy: string;
            /**
             * Format: date-time
             * @description When
             */
            resolvedAt: string;
        };
        ComplaintReplyDto: {
            /** @description What the complainant was told */
            message: string;
            /** @description By which channel */
            channel: components["schemas"]["FeedbackChannel"];
            /**
             * Format: date-time
             * @description When
             */
            repliedAt: string;
        };
        ComplaintDto: {
            /**
             * Format: uuid
             * @description Complaint id
             */
            id: string;
            /**
             * @description Complaint number
             * @example C20261127-0001
             */
            number: string;
            /** @description Where it stands */
            status: components["schemas"]["ComplaintStatus"];
            /** @description How it came in */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description The complainant; null when anonymous */
            complainant: components["schemas"]["ComplainantViewDto"] | (never | null);
            /** @description Department complained about */
            department: string | null;
            /**
             * Format: uuid
             * @description Staff member complained about
             */
            staffId: string | null;
            /** @description Category */
            category: components["schemas"]["ComplaintCategory"];
            /** @description Severity */
            severity: components["schemas"]["ComplaintSeverity"];
            /** @description What happened */
            description: string;
            /** @description User id of the owner (首问负责制); null until someone takes an anonymous web complaint */
            ownerId: string | null;
            /** @description Who recorded it (user id, or `anonymous`) */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When it was received
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @description Acknowledge by
             */
            acknowledgeDueAt: string;
            /**
             * Format: date-time
             * @description Resolve by (working days, hospital time zone)
             */
            resolveDueAt: string;
            /** @description A deadline passed before the step was done */
            overdue: boolean;
            /** @description Which deadline was missed */
            overdueDeadline: components["schemas"]["ComplaintDeadline"] | (null);
            /** @description Escalated to a manager */
            escalated: boolean;
            /** @description Why it was escalated */
            escalationReason: string | null;
            /** @description The finding, once resolved */
            resolution: components["schemas"]["ComplaintResolutionDto"] | (never | null);
            /** @description The reply, once replied */
            reply: components["schemas"]["ComplaintReplyDto"] | (never | null);
            /**
             * Format: uuid
             * @description The follow-up call it was raised on
             */
            followUpId: string | null;
        };
        ComplaintPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["ComplaintDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description What happened
         * @enum {string}
         */
        ComplaintTimelineAction: "RECEIVED" | "ACKNOWLEDGED" | "ASSIGNED" | "INVESTIGATING" | "RESOLVED" | "REPLIED" | "CLOSED" | "ESCALATED" | "REOPENED" | "OVERDUE";
        ComplaintTimelineEntryDto: {
            /** @description What happened */
            action: components["schemas"]["ComplaintTimelineAction"];
            /** @description Status after the step */
            status: components["schemas"]["ComplaintStatus"];
            /** @description Who did it (user id, `anonymous` or `system`) */
            actorId: string;
            /** @description Reason or note */
            note: string | null;
            /**
             * Format: date-time
             * @description When
             */
            at: string;
        };
        ComplaintWithTimelineDto: {
            /**
             * Format: uuid
             * @description Complaint id
             */
            id: string;
            /**
             * @description Complaint number
             * @example C20261127-0001
             */
            number: string;
            /** @description Where it stands */
            status: components["schemas"]["ComplaintStatus"];
            /** @description How it came in */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description The complainant; null when anonymous */
            complainant: components["schemas"]["ComplainantViewDto"] | (never | null);
            /** @description Department complained about */
            department: string | null;
            /**
             * Format: uuid
             * @description Staff member complained about
             */
            staffId: string | null;
            /** @description Category */
            category: components["schemas"]["ComplaintCategory"];
            /** @description Severity */
            severity: components["schemas"]["ComplaintSeverity"];
            /** @description What happened */
            description: string;
            /** @description User id of the owner (首问负责制); null until someone takes an anonymous web complaint */
            ownerId: string | null;
            /** @description Who recorded it (user id, or `anonymous`) */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When it was received
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @description Acknowledge by
             */
            acknowledgeDueAt: string;
            /**
             * Format: date-time
             * @description Resolve by (working days, hospital time zone)
             */
            resolveDueAt: string;
            /** @description A deadline passed before the step was done */
            overdue: boolean;
            /** @description Which deadline was missed */
            overdueDeadline: components["schemas"]["ComplaintDeadline"] | (null);
            /** @description Escalated to a manager */
            escalated: boolean;
            /** @description Why it was escalated */
            escalationReason: string | null;
            /** @description The finding, once resolved */
            resolution: components["schemas"]["ComplaintResolutionDto"] | (never | null);
            /** @description The reply, once replied */
            reply: components["schemas"]["ComplaintReplyDto"] | (never | null);
            /**
             * Format: uuid
             * @description The follow-up call it was raised on
             */
            followUpId: string | null;
            /** @description Every step, oldest first */
            timeline: components["schemas"]["ComplaintTimelineEntryDto"][];
        };
        NoteBodyDto: {
            /** @description A note for the timeline */
            note?: string;
        };
        AssignComplaintBodyDto: {
            /** @description Why */
            reason: string;
            /** @description User id of the new owner */
            ownerId: string;
        };
        ResolveComplaintBodyDto: {
            /** @description Whether the complaint was found valid (substantiated) */
            valid: boolean;
            /** @description Staff found at fault (must be empty when not valid) */
            atFaultStaffIds: string[];
            /** @description Department found at fault */
            atFaultDepartment?: string;
            /** @description What was done so it does not happen again */
            correctiveAction: string;
        };
        ReplyComplaintBodyDto: {
            /** @description What the complainant was told */
            message: string;
            /** @description How the reply reached them */
            channel: components["schemas"]["FeedbackChannel"];
        };
        ReasonBodyDto: {
            /** @description Why */
            reason: string;
        };
        CreatePraiseDto: {
            /** @description How the praise reached the center */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Staff praised (staffIds and/or department is required) */
            staffIds?: string[];
            /** @description Department praised */
            department?: string;
            /** @description What the patient said */
            text: string;
        };
        PraiseDto: {
            /**
             * Format: uuid
             * @description Praise id
             */
            id: string;
            /** @description How it came in */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Staff praised */
            staffIds: string[];
            /** @description Department praised */
            department: string | null;
            /** @description What the patient said */
            text: string;
            /** @description Who recorded it (user id, or `anonymous`) */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When it was received
             */
            receivedAt: string;
        };
        PraisePageDto: {
            /** @description The items of this page */
            items: components["schemas"]["PraiseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        FollowUpPatientDto: {
            /** @description Patient name */
            name: string;
            /**
             * @description Phone to call
             * @example 13812341234
             */
            phone: string;
            /** @description Ward or department the patient was discharged from */
            department?: string;
        };
        PlanFollowUpDto: {
            /** @description Whom to call */
            patient: components["schemas"]["FollowUpPatientDto"];
            /**
             * @description Day of discharge (YYYY-MM-DD)
             * @example 2026-11-20
             */
            dischargedOn: string;
            /**
             * @description Day the call is due (YYYY-MM-DD, not before discharge)
             * @example 2026-11-27
             */
            dueOn: string;
            /**
             * @description How to follow up
             * @default PHONE
             */
            channel: components["schemas"]["FeedbackChannel"];
        };
        FollowUpPatientViewDto: {
            /** @description Name (masked except for supervisors and managers) */
            name: string;
            /** @description Phone (masked likewise) */
            phone: string;
            /** @description Ward or department */
            department: string | null;
        };
        /**
         * @description Where it stands
         * @enum {string}
         */
        FollowUpStatus: "PLANNED" | "UNREACHED" | "COMPLETED";
        FollowUpDto: {
            /**
             * Format: uuid
             * @description Follow-up id
             */
            id: string;
            /** @description Whom to call */
            patient: components["schemas"]["FollowUpPatientViewDto"];
            /** @description Day of discharge */
            dischargedOn: string;
            /** @description Day the call is due */
            dueOn: string;
            /** @description How to follow up */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Where it stands */
            status: components["schemas"]["FollowUpStatus"];
            /** @description Open and its due day has passed (hospital time zone) */
            overdue: boolean;
            /** @description Calls made so far */
            attempts: number;
            /** @description Satisfied, when reached */
            satisfied: boolean | null;
            /** @description Issues raised on the call */
            issues: string | null;
            /**
             * Format: uuid
             * @description The complaint raised from this call
             */
            complaintId: string | null;
            /** @description Who planned it */
            plannedBy: string;
            /** @description Who recorded the last outcome */
            calledBy: string | null;
            /**
             * Format: date-time
             * @description When the last outcome was recorded
             */
            calledAt: string | null;
        };
        FollowUpPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["FollowUpDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        FollowUpOutcomeBodyDto: {
            /** @description Whether the patient was reached */
            reached: boolean;
            /** @description Satisfied with their stay (only when reached) */
            satisfied?: boolean;
            /** @description Issues the patient raised (only when reached) */
            issues?: string;
        };
        FollowUpComplaintBodyDto: {
            /** @description The department complained about (department and/or staffId is required) */
            department?: string;
            /**
             * Format: uuid
             * @description The staff member complained about (dispatch staff id)
             */
            staffId?: string;
            /** @description What the complaint is about */
            category: components["schemas"]["ComplaintCategory"];
            /** @description How serious it is; sets the acknowledgement deadline */
            severity: components["schemas"]["ComplaintSeverity"];
            /** @description What happened, in the complainant’s words */
            description: string;
        };
        FollowUpComplaintResultDto: {
            /** @description The follow-up, now linked to the complaint */
            followUp: components["schemas"]["FollowUpDto"];
            /** @description The complaint, owned by whoever made the call */
            complaint: components["schemas"]["ComplaintDto"];
        };
        /**
         * @description LIKERT_5 1–5, YES_NO true/false, NPS_10 0–10, TEXT free text
         * @enum {string}
         */
        SurveyQuestionKind: "LIKERT_5" | "YES_NO" | "NPS_10" | "TEXT";
        SurveyQuestionDto: {
            /**
             * @description Id of the question within its survey; answers name it
             * @example attitude
             */
            id: string;
            /**
             * @description The question as the patient reads it
             * @example 陪检人员的服务态度
             */
            text: string;
            /** @description LIKERT_5 1–5, YES_NO true/false, NPS_10 0–10, TEXT free text */
            kind: components["schemas"]["SurveyQuestionKind"];
            /** @description Whether a response must answer it */
            required: boolean;
        };
        CreateSurveyDto: {
            /**
             * @description Title of the questionnaire
             * @example 陪检服务满意度调查
             */
            title: string;
            /** @description The questions, in the order asked (1–30, ids unique) */
            questions: components["schemas"]["SurveyQuestionDto"][];
        };
        SurveyDto: {
            /**
             * Format: uuid
             * @description Survey (template) id
             */
            id: string;
            /** @description Title of the questionnaire */
            title: string;
            /** @description Set on the standard templates: PATIENT_TRANSPORT (sent automatically after a transport job) or SUPERVISOR */
            purpose: string | null;
            /** @description The questions, in the order asked */
            questions: components["schemas"]["SurveyQuestionDto"][];
            /** @description Who created it (user id, or "system" for the standard ones) */
            createdBy: string;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
        };
        SurveyPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["SurveyDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        SurveyAboutDto: {
            /**
             * Format: uuid
             * @description The staff member rated (dispatch staff id)
             */
            staffId?: string;
            /**
             * @description The department rated
             * @example 心内科
             */
            department?: string;
            /**
             * Format: uuid
             * @description The dispatch job the survey follows up
             */
            taskId?: string;
            /**
             * Format: uuid
             * @description The social supervisor (社会监督员) who will answer; requires channel SUPERVISOR
             */
            supervisorId?: string;
        };
        SurveyInvitationDto: {
            /**
             * Format: uuid
             * @description Invitation id
             */
            id: string;
            /**
             * Format: uuid
             * @description The survey to answer
             */
            surveyId: string;
            /** @description The channel the response will count under */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Whom the answers are about */
            about: components["schemas"]["SurveyAboutDto"];
            /** @description The single-use token to give the respondent. Shown when issued; for automatic invitations (after a transport job) also in the invitation list until answered or expired; otherwise null, since only its hash is kept. */
            token: string | null;
            /**
             * Format: date-time
             * @description After this the token is refused (410)
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When it was answered
             */
            usedAt: string | null;
            /** @description Who issued it (user id, or "system" for automatic invitations) */
            createdBy: string;
            /**
             * Format: date-time
             * @description When it was issued
             */
            createdAt: string;
        };
        SurveyFormDto: {
            /**
             * Format: uuid
             * @description Survey id
             */
            id: string;
            /** @description Title of the questionnaire */
            title: string;
            /** @description The questions, in the order asked */
            questions: components["schemas"]["SurveyQuestionDto"][];
        };
        CreateInvitationBodyDto: {
            /** @description How the survey reaches the respondent; SUPERVISOR exactly when about.supervisorId is given */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Whom the answers are about */
            about: components["schemas"]["SurveyAboutDto"];
            /**
             * @description Days until the token expires
             * @default 14
             */
            expiresInDays: number;
        };
        SurveyAnswerDto: {
            /**
             * @description The question answered (its id in the survey)
             * @example attitude
             */
            questionId: string;
            /**
             * @description LIKERT_5: integer 1–5; NPS_10: integer 0–10; YES_NO: true/false; TEXT: 1–2000 characters
             * @example 5
             */
            value: number | boolean | string;
        };
        SubmitResponseBodyDto: {
            /**
             * @description The invitation token the respondent was given
             * @example q3Jk0vYV0m6Cq8kqX4rR2w
             */
            token: string;
            /** @description One answer per question answered; every required question must be answered */
            answers: components["schemas"]["SurveyAnswerDto"][];
        };
        SurveyResponseReceiptDto: {
            /**
             * Format: uuid
             * @description Response id
             */
            id: string;
            /**
             * Format: uuid
             * @description The survey answered
             */
            surveyId: string;
            /** @description The channel it counts under */
            channel: components["schemas"]["FeedbackChannel"];
            /** @description Mean of the 1–5 answers, null when the survey has none */
            likertMean: number | null;
            /** @description The 0–10 answer, when asked */
            nps: number | null;
            /**
             * Format: date-time
             * @description When it was received
             */
            answeredAt: string;
        };
        /** @enum {string} */
        SatisfactionGroupBy: "department" | "staff" | "channel";
        /** @enum {string} */
        SatisfactionPeriod: "week" | "month";
        SatisfactionRowDto: {
            /** @description The department, staff id or channel; null for responses about no department/staff */
            key: string | null;
            /** @description The staff member's name, when grouped by staff */
            label: string | null;
            /** @description First day of the week (YYYY-MM-DD) or the month (YYYY-MM); null without period */
            period: string | null;
            /** @description Responses counted */
            responses: number;
            /** @description Mean of the responses' Likert means (1–5), 2 decimals; null when none had Likert answers */
            mean: number | null;
            /** @description CSAT %: share of responses with a Likert mean of 4 or more, among those with Likert answers; 1 decimal */
            csat: number | null;
            /** @description NPS: % promoters (9–10) minus % detractors (0–6), among responses with an NPS answer; 1 decimal */
            nps: number | null;
        };
        SatisfactionReportDto: {
            /** @description First day included */
            from: string;
            /** @description Last day included */
            to: string;
            /** @description How rows are grouped */
            groupBy: components["schemas"]["SatisfactionGroupBy"];
            /** @description The period split, if any */
            period: components["schemas"]["SatisfactionPeriod"] | (null);
            /** @description Rows by period then key */
            rows: components["schemas"]["SatisfactionRowDto"][];
        };
        CreateSupervisorDto: {
            /**
             * @description Full name
             * @example 王建国
             */
            name: string;
            /**
             * @description Mobile or landline; masked in lists
             * @example 13812341234
             */
            phone: string;
            /**
             * @description Employer or organisation they come from
             * @example 市第三中学
             */
            organisation: string;
            /**
             * @description Day of appointment
             * @example 2026-01-15
             */
            appointedOn: string;
        };
        SupervisorDto: {
            /**
             * Format: uuid
             * @description Supervisor id
             */
            id: string;
            /** @description Full name */
            name: string;
            /** @description Phone, masked (138****1234) */
            phone: string;
            /** @description Organisation */
            organisation: string;
            /** @description Day of appointment (YYYY-MM-DD) */
            appointedOn: string;
            /** @description Whether they currently serve; only active supervisors get invitations */
            active: boolean;
            /**
             * Format: date-time
             * @description When they were registered
             */
            createdAt: string;
        };
        SupervisorPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["SupervisorDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        SetSupervisorActiveBodyDto: {
            /** @description true to reinstate, false when they step down */
            active: boolean;
        };
        /**
         * @description The events to receive (at least one, each once). A hospital system may subscribe only to the task events (its own jobs).
         * @enum {string}
         */
        WebhookEventType: "dispatch.task.created" | "dispatch.task.assigned" | "dispatch.task.accepted" | "dispatch.task.declined" | "dispatch.task.started" | "dispatch.task.completed" | "dispatch.task.cancelled" | "dispatch.task.overdue" | "dispatch.task.released" | "dispatch.task.edited" | "dispatch.incident.reported" | "dispatch.incident.confirmed" | "dispatch.incident.dismissed" | "feedback.complaint.received" | "feedback.complaint.assigned" | "feedback.complaint.resolved" | "feedback.complaint.closed" | "feedback.complaint.overdue" | "feedback.complaint.escalated";
        CreateWebhookEndpointDto: {
            /**
             * @description Where the platform POSTs the events: http or https, no user name or password in it. Loopback, link-local and private addresses are refused unless the operator allows them (WEBHOOKS_ALLOW_PRIVATE_URLS, WEBHOOKS_ALLOWED_NETWORKS).
             * @example https://his.hospital.example/platform-events
             */
            url: string;
            /**
             * @description The events to receive (at least one, each once). A hospital system may subscribe only to the task events (its own jobs).
             * @example [
             *       "dispatch.task.assigned",
             *       "dispatch.task.started",
             *       "dispatch.task.completed"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * @description What the endpoint is for, for the people who look after it
             * @example 5病区护士站 - 任务进度
             */
            description?: string;
        };
        /**
         * @description OWN_JOBS: the events of the jobs its system raised; ALL: every job (an admin’s endpoint)
         * @enum {string}
         */
        WebhookEndpointScope: "OWN_JOBS" | "ALL";
        WebhookEndpointWithSecretDto: {
            /**
             * Format: uuid
             * @description Endpoint id
             */
            id: string;
            /**
             * @description Who registered it: the system id of an API key, or an admin’s user id
             * @example 0b7c2f0e-9a51-4d7e-8f43-3f1c8e2a9b10
             */
            ownerId: string;
            /** @description OWN_JOBS: the events of the jobs its system raised; ALL: every job (an admin’s endpoint) */
            scope: components["schemas"]["WebhookEndpointScope"];
            /**
             * @description Where the events go
             * @example https://his.hospital.example/platform-events
             */
            url: string;
            /**
             * @description The events it receives
             * @example [
             *       "dispatch.task.assigned",
             *       "dispatch.task.started",
             *       "dispatch.task.completed"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * @description What it is for
             * @example 5病区护士站 - 任务进度
             */
            description: string | null;
            /**
             * @description false: nothing is sent (paused by its owner, or disabled after a 410 Gone)
             * @example true
             */
            enabled: boolean;
            /**
             * @description Why it was disabled, when the platform disabled it
             * @example null
             */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description When it was disabled
             */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until when deliveries are also signed with the secret before the last rotation (the grace period); null outside one
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Changes with every update
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The signing secret (Standard Webhooks: whsec_ and base64 of 32 random bytes). Keep it in the receiving system to verify webhook-signature; no other answer shows it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6iYrFnkGHdg=
             */
            secret: string;
        };
        WebhookEndpointDto: {
            /**
             * Format: uuid
             * @description Endpoint id
             */
            id: string;
            /**
             * @description Who registered it: the system id of an API key, or an admin’s user id
             * @example 0b7c2f0e-9a51-4d7e-8f43-3f1c8e2a9b10
             */
            ownerId: string;
            /** @description OWN_JOBS: the events of the jobs its system raised; ALL: every job (an admin’s endpoint) */
            scope: components["schemas"]["WebhookEndpointScope"];
            /**
             * @description Where the events go
             * @example https://his.hospital.example/platform-events
             */
            url: string;
            /**
             * @description The events it receives
             * @example [
             *       "dispatch.task.assigned",
             *       "dispatch.task.started",
             *       "dispatch.task.completed"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * @description What it is for
             * @example 5病区护士站 - 任务进度
             */
            description: string | null;
            /**
             * @description false: nothing is sent (paused by its owner, or disabled after a 410 Gone)
             * @example true
             */
            enabled: boolean;
            /**
             * @description Why it was disabled, when the platform disabled it
             * @example null
             */
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description When it was disabled
             */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until when deliveries are also signed with the secret before the last rotation (the grace period); null outside one
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description Changes with every update
             * @example 1
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpointPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["WebhookEndpointDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateWebhookEndpointDto: {
            /**
             * @description A new URL (same rules as at registration)
             * @example https://his.hospital.example/v2/platform-events
             */
            url?: string;
            /**
             * @description The new list of events (replaces the old one)
             * @example [
             *       "dispatch.task.assigned",
             *       "dispatch.task.started",
             *       "dispatch.task.completed"
             *     ]
             */
            eventTypes?: components["schemas"]["WebhookEventType"][];
            /**
             * @description A new description
             * @example 5病区护士站
             */
            description?: string;
            /**
             * @description false pauses the endpoint: no new events are queued for it, and the queued ones wait. true resumes it, also after the receiver answered 410 Gone and the platform disabled it
             * @example true
             */
            enabled?: boolean;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "PENDING" | "SUCCEEDED" | "FAILED" | "DEAD";
        WebhookDeliveryDto: {
            /**
             * Format: uuid
             * @description Delivery id
             */
            id: string;
            /**
             * Format: uuid
             * @description The endpoint it goes to
             */
            endpointId: string;
            /**
             * Format: uuid
             * @description The event id, sent as webhook-id: the same on every attempt
             * @example 0193a5a8-7f4e-7c1a-9b2d-5e6f7a8b9c0d
             */
            eventId: string;
            /** @description The event type */
            eventType: components["schemas"]["WebhookEventType"];
            /** @description Where it stands */
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * @description Attempts made so far (a redelivery starts again at 0; the attempts before it stay in the delivery’s `attempts`)
             * @example 2
             */
            attempt: number;
            /**
             * @description HTTP status of the last answer; null when none came (timeout, refused connection)
             * @example 503
             */
            responseStatus: number | null;
            /**
             * @description How long the last attempt took, in milliseconds
             * @example 87
             */
            durationMs: number | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null when none will be made
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When the last attempt was made
             */
            lastAttemptAt: string | null;
            /**
             * @description Why the last attempt failed
             * @example HTTP 503
             */
            error: string | null;
            /**
             * Format: date-time
             * @description When the event was matched to the endpoint
             */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookDeliveryPageDto: {
            /** @description The items of this page */
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description What it led to: SUCCEEDED, RETRY (another attempt scheduled), DEAD (the last one), GONE (410: endpoint disabled)
         * @enum {string}
         */
        WebhookAttemptOutcome: "SUCCEEDED" | "RETRY" | "DEAD" | "GONE";
        WebhookDeliveryAttemptDto: {
            /**
             * @description The attempt’s number over the delivery’s whole life, 1 for the first; a redelivery continues the count (where the delivery’s own `attempt` starts again at 0)
             * @example 3
             */
            attempt: number;
            /**
             * Format: date-time
             * @description When it was sent (the webhook-timestamp it was signed with)
             * @example 2026-11-23T08:05:05.000Z
             */
            at: string;
            /**
             * @description From sending to the receiver’s status line (or the timeout), in milliseconds
             * @example 87
             */
            durationMs: number;
            /**
             * @description HTTP status the receiver answered; null when none came (timeout, refused connection)
             * @example 503
             */
            responseStatus: number | null;
            /**
             * @description Why it failed; null when it succeeded
             * @example HTTP 503
             */
            error: string | null;
            /** @description What it led to: SUCCEEDED, RETRY (another attempt scheduled), DEAD (the last one), GONE (410: endpoint disabled) */
            outcome: components["schemas"]["WebhookAttemptOutcome"];
        };
        WebhookDeliveryDetailDto: {
            /**
             * Format: uuid
             * @description Delivery id
             */
            id: string;
            /**
             * Format: uuid
             * @description The endpoint it goes to
             */
            endpointId: string;
            /**
             * Format: uuid
             * @description The event id, sent as webhook-id: the same on every attempt
             * @example 0193a5a8-7f4e-7c1a-9b2d-5e6f7a8b9c0d
             */
            eventId: string;
            /** @description The event type */
            eventType: components["schemas"]["WebhookEventType"];
            /** @description Where it stands */
            status: components["schemas"]["WebhookDeliveryStatus"];
            /**
             * @description Attempts made so far (a redelivery starts again at 0; the attempts before it stay in the delivery’s `attempts`)
             * @example 2
             */
            attempt: number;
            /**
             * @description HTTP status of the last answer; null when none came (timeout, refused connection)
             * @example 503
             */
            responseStatus: number | null;
            /**
             * @description How long the last attempt took, in milliseconds
             * @example 87
             */
            durationMs: number | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null when none will be made
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When the last attempt was made
             */
            lastAttemptAt: string | null;
            /**
             * @description Why the last attempt failed
             * @example HTTP 503
             */
            error: string | null;
            /**
             * Format: date-time
             * @description When the event was matched to the endpoint
             */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every attempt, oldest first, those before a redelivery included */
            attempts: components["schemas"]["WebhookDeliveryAttemptDto"][];
        };
        /**
         * @description The locales every label is given in
         * @enum {string}
         */
        LabelLocale: "zh-CN" | "en";
        LabelsDto: {
            /**
             * @description The locales every label is given in
             * @example [
             *       "zh-CN",
             *       "en"
             *     ]
             */
            locales: components["schemas"]["LabelLocale"][];
            /**
             * @description Enum name as in this document’s schemas (`Group`, `TaskType`, …) → wire value (`INTERNAL_MEDICINE`) → its labels. Every value of every enum is there.
             * @example {
             *       "Group": {
             *         "INTERNAL_MEDICINE": {
             *           "zh-CN": "内科组",
             *           "en": "Internal medicine"
             *         },
             *         "SURGERY": {
             *           "zh-CN": "外科组",
             *           "en": "Surgery"
             *         },
             *         "EMERGENCY": {
             *           "zh-CN": "急诊组",
             *           "en": "Emergency"
             *         }
             *       },
             *       "TaskPriority": {
             *         "ROUTINE": {
             *           "zh-CN": "常规",
             *           "en": "Routine"
             *         },
             *         "URGENT": {
             *           "zh-CN": "紧急",
             *           "en": "Urgent"
             *         },
             *         "STAT": {
             *           "zh-CN": "特急",
             *           "en": "STAT (at once)"
             *         }
             *       }
             *     }
             */
            enums: {
                [key: string]: {
                    [key: string]: components["schemas"]["EnumLabelDto"];
                };
            };
        };
        LocalizedLabelsDto: {
            /**
             * @description The locale asked for
             * @example zh-CN
             */
            locale: components["schemas"]["LabelLocale"];
            /**
             * @description Enum name → wire value → its label in `locale`
             * @example {
             *       "Group": {
             *         "INTERNAL_MEDICINE": "内科组",
             *         "SURGERY": "外科组",
             *         "EMERGENCY": "急诊组"
             *       },
             *       "TaskPriority": {
             *         "ROUTINE": "常规",
             *         "URGENT": "紧急",
             *         "STAT": "特急"
             *       }
             *     }
             */
            enums: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        EnumLabelDto: {
            /**
             * @description Simplified Chinese, as the center’s staff say it
             * @example 内科组
             */
            "zh-CN": string;
            /**
             * @description English
             * @example Internal medicine
             */
            en: string;
        };
        BoardStreamEventDto: {
            /**
             * @description The domain event type, as in the SSE `event` field
             * @example dispatch.task.assigned
             */
            type: string;
            /**
             * Format: uuid
             * @description The event's own id (its envelope id): the same event carries the same eventId on every gateway and in a replay
             */
            eventId: string;
            /**
             * Format: date-time
             * @description When it happened
             */
            at: string;
            /** @description The group concerned; null when the event names none */
            group: components["schemas"]["Group"] | (null);
            /**
             * Format: uuid
             * @description The job concerned (task and incident events)
             */
            taskId: string | null;
            /**
             * @description Its number
             * @example T20261123-0001
             */
            number: string | null;
            /** @description Task events: the status after the step. Staff events: the duty status, when the event carries one */
            status: string | null;
            /** @description Task events: the priority */
            priority: components["schemas"]["TaskPriority"] | (null);
            /**
             * Format: uuid
             * @description Task events: the worker concerned. Staff events: the staff member
             */
            workerId: string | null;
        };
        /**
         * @description Why nothing (or not everything) was replayed
         * @enum {string}
         */
        BoardStreamResetReason: "EXPIRED" | "TOO_MANY" | "UNKNOWN_ID" | "UNAVAILABLE" | "INTERRUPTED";
        BoardStreamResetDto: {
            /** @description Why nothing (or not everything) was replayed */
            reason: components["schemas"]["BoardStreamResetReason"];
            /**
             * @description For people
             * @example the stream no longer holds the events after 48211 (it starts at 50112)
             */
            message: string;
            /**
             * @description What to load to start over
             * @example /api/v1/dispatch/board
             */
            reload: string;
        };
        BoardStreamTicketDto: {
            /**
             * @description Opaque, random (256 bits), for one `GET /dispatch/board/stream?ticket=...` within `expiresIn` seconds, by the account that asked for it
             * @example bst_3q2x7K0mZ4yQ8v1nT6wR5sU9pL2cH0aE4dF7gJ1kM3o
             */
            ticket: string;
            /**
             * @description Seconds the ticket stays usable
             * @example 60
             */
            expiresIn: number;
        };
        /** @description A PATIENT_TRANSPORT job: `patient` is required; the details properties of the other types are refused (400). */
        CreatePatientTransportTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "PATIENT_TRANSPORT";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Patient, exam, mode, oxygen/monitor, isolation, companion */
            patient: components["schemas"]["PatientTransportDetailsDto"];
        };
        /** @description A SPECIMEN job: `specimen` is required; the details properties of the other types are refused (400). */
        CreateSpecimenTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "SPECIMEN";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Specimen kind, count, container; urgent blood is always STAT */
            specimen: components["schemas"]["SpecimenDetailsDto"];
        };
        /** @description A DRUG job: `drug` is required; the details properties of the other types are refused (400). */
        CreateDrugTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DRUG";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description IV fluids or urgent injection */
            drug: components["schemas"]["DrugDetailsDto"];
        };
        /** @description A DOCUMENT job: `document` is required; the details properties of the other types are refused (400). */
        CreateDocumentTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DOCUMENT";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Document kind from the catalogue; mailing address for mailed reports */
            document: components["schemas"]["DocumentDetailsDto"];
        };
        /** @description A GOODS job: `goods` is required; the details properties of the other types are refused (400). */
        CreateGoodsTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "GOODS";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description What to deliver */
            goods: components["schemas"]["GoodsDetailsDto"];
        };
        /** @description A LINEN job: `linen` is required; the details properties of the other types are refused (400). */
        CreateLinenTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "LINEN";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Clean or dirty linen, bags */
            linen: components["schemas"]["LinenDetailsDto"];
        };
        /** @description A ODD_JOB job: `oddJob` is required; the details properties of the other types are refused (400). */
        CreateOddJobTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ODD_JOB";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Extra bed, pipe, moving */
            oddJob: components["schemas"]["OddJobDetailsDto"];
        };
        /** @description A DISINFECTION job: `disinfection` is required; the details properties of the other types are refused (400). */
        CreateDisinfectionTaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DISINFECTION";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description Bed unit to disinfect */
            disinfection: components["schemas"]["DisinfectionDetailsDto"];
        };
        /** @description A AMBULANCE_120 job: `ambulance` is required; the details properties of the other types are refused (400). */
        CreateAmbulance120TaskDto: {
            /**
             * @description What kind of job (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AMBULANCE_120";
            /** @description STAT: at once (urgent blood, critical patients) */
            priority: components["schemas"]["TaskPriority"];
            /** @description The group whose desk covers the origin and runs the job */
            group: components["schemas"]["Group"];
            /** @description Where the job starts (pick-up) */
            origin: components["schemas"]["LocationDto"];
            /** @description Where the job ends (delivery) */
            destination: components["schemas"]["LocationDto"];
            /** @description Who asked for the job */
            requester: components["schemas"]["RequesterDto"];
            /** @description Free-text notes for the worker */
            notes?: string;
            /**
             * Format: date-time
             * @description Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon (TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.
             * @example 2026-11-23T14:30:00+08:00
             */
            scheduledFor?: string;
            /**
             * @description Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). Free services refuse a fee (422).
             * @example 1000
             */
            feeFen?: number;
            /** @description 120 call-out address and bearers */
            ambulance: components["schemas"]["AmbulanceDetailsDto"];
        };
    };
    responses: never;
    parameters: {
        /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
        "Idempotency-Key": string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: the X-Request-Id you sent if it was well formed, else a new one. It is in every log line and in the `correlationId` of the events the request caused; quote it to support. */
        "X-Request-Id": string;
        /** @description How to authenticate (RFC 6750): `Bearer realm="hospital-api"`, with `error="invalid_token"` when a token was sent and refused */
        "WWW-Authenticate": string;
        /** @description Seconds to wait before the next attempt */
        "Retry-After": number;
        /** @description Requests allowed per minute by the limit that refused this one */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window (0 here) */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current window ends */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Audit_list: {
        parameters: {
            query?: {
                /** @description Only what this caller did: a user id, an API key id, `anonymous` or `system` */
                actorId?: string;
                /** @description An action exactly (`user.create`), or every action under a prefix ending in a dot (`user.` for user.create, user.update, ...) */
                action?: string;
                /** @description What kind of thing was acted on or read */
                targetType?: string;
                /** @description The id of the thing (with targetType, what happened to one record) */
                targetId?: string;
                /** @description Entries at or after this instant; ISO 8601 with offset (encode `+` as `%2B`) */
                from?: string;
                /** @description Entries before this instant (exclusive), after `from` */
                to?: string;
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page (with the same filters); omit for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description A bad filter, naming the field (VALIDATION_FAILED), or a cursor not returned by a previous page (INVALID_CURSOR) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Malformed body (code VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Invalid username or password (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many failed logins for this username (whether or not it exists) or from this address (code LOGIN_LOCKED), or too many logins from this address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description The new password breaks the policy (code VALIDATION_FAILED, field newPassword) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An API key (code FORBIDDEN) */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The account's password is the hospital identity provider's (code PROVIDER_MANAGED) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The current password is wrong (code CURRENT_PASSWORD_WRONG, field currentPassword) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Invalid name, or an expiry not in the future (code VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key being replaced */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description id is not a UUID, or an expiry not in the future (code VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such key (code API_KEY_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The key is revoked (code CONFLICT) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description id is not a UUID (code VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such key (code API_KEY_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only accounts holding this role */
                role?: components["schemas"]["Role"];
                /** @description Active or disabled accounts */
                status?: components["schemas"]["UserStatus"];
                /** @description The account of this staff member */
                staffId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid filter or cursor (code VALIDATION_FAILED or INVALID_CURSOR, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The account */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserDto"];
                };
            };
            /** @description Invalid field (code VALIDATION_FAILED, naming it) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description staffId is not in the staff directory (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Username taken (USERNAME_TAKEN), or the staff member has an account (STAFF_ALREADY_LINKED) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff member is inactive (code BUSINESS_RULE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff directory (dispatch) could not be asked (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such account (code USER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such account (USER_NOT_FOUND) or staff member (STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff member has an account (STAFF_ALREADY_LINKED), the last administrator would lose the role (LAST_ADMIN), roles are the provider’s (PROVIDER_MANAGED) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff member is inactive (code BUSINESS_RULE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff directory (dispatch) could not be asked (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such account (code USER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The last active administrator (code LAST_ADMIN) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your own account (code BUSINESS_RULE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such account (code USER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Users_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryPasswordDto"];
                };
            };
            /** @description id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such account (code USER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The account signs in at the hospital identity provider (code PROVIDER_MANAGED) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only staff of this group */
                group?: components["schemas"]["Group"];
                /** @description Only staff holding this post */
                post?: components["schemas"]["Post"];
                /** @description Only active (true) or inactive (false) staff */
                active?: boolean;
                /** @description Search by staff number prefix or part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector, worker, desk_clerk, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The staff number is in the directory already (STAFF_NUMBER_TAKEN)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_roster: {
        parameters: {
            query?: {
                /** @description Only this group */
                group?: components["schemas"]["Group"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerDutyDto"][];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector, worker, desk_clerk, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_clockIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockInBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerDutyDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already clocked in (DUTY_CONFLICT) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The staff member is not active (WORKER_UNAVAILABLE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_clockOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockOutBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerDutyDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not clocked in (DUTY_CONFLICT) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_startBreak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartBreakBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerDutyDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A worker starting a break for someone else (FORBIDDEN)
             *
             *     Requires one of the roles: admin, manager, dispatcher, worker (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not clocked in (NOT_ON_DUTY), or on a break already (ALREADY_ON_BREAK) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Staff_endBreak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerDutyDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A worker ending someone else’s break (FORBIDDEN)
             *
             *     Requires one of the roles: admin, manager, dispatcher, worker (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not on a break (NOT_ON_BREAK) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tasks_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only tasks in this status */
                status?: components["schemas"]["TaskStatus"];
                /** @description Only tasks of this type */
                type?: components["schemas"]["TaskType"];
                /** @description Only tasks of this priority */
                priority?: components["schemas"]["TaskPriority"];
                /** @description Only tasks run by this group */
                group?: components["schemas"]["Group"];
                /** @description For systems that poll: only jobs changed at or after this instant (`updatedAt` >= it), oldest change first, ordered by (updatedAt, id) with a cursor of its own. ISO 8601 with an offset (encode `+` as `%2B`); see docs/webhooks.md */
                updatedSince?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker, supervisor, inspector, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tasks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            /** @description The job, PENDING (or SCHEDULED when booked), with its first timeline entry */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     A hospital rule refuses the job, naming the field (BUSINESS_RULE); or the Idempotency-Key was used with another request (IDEMPOTENCY_KEY_REUSED)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker, supervisor, inspector, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Tasks_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditTaskBodyDto"];
            };
        };
        responses: {
            /** @description The booking as changed, with its timeline */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The job is no longer SCHEDULED (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A hospital rule refuses the change, naming the field (BUSINESS_RULE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTaskBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The worker is inactive or at capacity (WORKER_UNAVAILABLE), or with auto: true nobody is eligible (NO_ELIGIBLE_WORKER) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskNoteBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: worker, admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReasonBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: worker, admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTaskBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: worker, admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: worker, admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReasonBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, integration (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TaskLifecycle_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskNoteBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The task is not in a state that allows this step (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Incidents_list: {
        parameters: {
            query?: {
                /** @description Only incidents in this status */
                status?: components["schemas"]["IncidentStatus"];
            };
            header?: never;
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentListDto"];
                };
            };
            /** @description id is not a UUID, or an unknown status (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such job (TASK_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Incidents_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path: {
                /** @description Task id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIncidentBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description Invalid fields (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A worker on a job never assigned to them, or without a staff record (NOT_TASK_CARRIER); nothing is recorded
             *
             *     Requires one of the roles: admin, manager, dispatcher, worker, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such job (TASK_NOT_FOUND), or an unknown staff member in staffIds (STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Incidents_search: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only incidents in this status */
                status?: components["schemas"]["IncidentStatus"];
                /** @description Only incidents on jobs of this group */
                group?: components["schemas"]["Group"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPageDto"];
                };
            };
            /** @description An unknown status or group, or a bad limit or cursor (VALIDATION_FAILED, INVALID_CURSOR) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Incidents_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmIncidentBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description id is not a UUID, or an invalid note (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such incident (INCIDENT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The incident is CONFIRMED or DISMISSED already: only a PENDING one is decided, once (INCIDENT_NOT_PENDING) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Incidents_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissIncidentBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            /** @description id is not a UUID, or reason missing or empty (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such incident (INCIDENT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The incident is CONFIRMED or DISMISSED already: only a PENDING one is decided, once (INCIDENT_NOT_PENDING) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stats_get: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive), on the task creation time; ISO 8601 with offset (encode `+` as `%2B` in a URL) */
                from: string;
                /** @description End of the range (exclusive), after `from` and at most 366 days later; ISO 8601 with offset */
                to: string;
                /** @description Break the figures down by this; without it only the total is given */
                groupBy?: components["schemas"]["StatsGroupBy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Board_get: {
        parameters: {
            query?: {
                /** @description Only this group (its jobs, workers and events); omit for the whole center */
                group?: components["schemas"]["Group"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyQueue_queue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerQueueDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The worker account is not linked to a staff member (NOT_LINKED_TO_STAFF)
             *
             *     Requires one of the roles: worker (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The linked staff member is not in the directory or no longer active (STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only schedules in this status */
                status?: components["schemas"]["ScheduleStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of schedules */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulePageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDto"];
            };
        };
        responses: {
            /** @description The schedule, ACTIVE, with its next occurrence not booked yet */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditScheduleBodyDto"];
            };
        };
        responses: {
            /** @description The schedule as changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The schedule has ended (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule, PAUSED */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The schedule is not in a state that allows this (INVALID_TRANSITION): pause needs ACTIVE, resume PAUSED, and nothing follows ENDED */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule, ACTIVE */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The schedule is not in a state that allows this (INVALID_TRANSITION): pause needs ACTIVE, resume PAUSED, and nothing follows ENDED */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule, ENDED */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The schedule is not in a state that allows this (INVALID_TRANSITION): pause needs ACTIVE, resume PAUSED, and nothing follows ENDED */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_occurrences: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Schedule id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of occurrences, and the upcoming ones */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleOccurrencePageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter, a path parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code SCHEDULE_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_holidays: {
        parameters: {
            query: {
                /** @description The year */
                year: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The year’s holidays */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayListDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_putHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The hospital day */
                day: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutHolidayBodyDto"];
            };
        };
        responses: {
            /** @description The holiday */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Schedules_removeHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The hospital day */
                day: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day is an ordinary day */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Handovers_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only this desk */
                desk?: components["schemas"]["Desk"];
                /** @description Only this status; DISCREPANCY lists the unresolved ones */
                status?: components["schemas"]["HandoverStatus"];
                /** @description Recorded at or after this instant; ISO 8601 with offset (encode `+` as `%2B`) */
                from?: string;
                /** @description Recorded before this instant; ISO 8601 with offset */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Handovers_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHandoverDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description The caller’s account is not linked to a staff member (NOT_LINKED_TO_STAFF); nothing is recorded
             *
             *     Requires one of the roles: desk_clerk, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Handovers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Handover id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code HANDOVER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Handovers_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Handover id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Not the incoming clerk named on it (NOT_INCOMING_CLERK), or an account not linked to a staff member (NOT_LINKED_TO_STAFF)
             *
             *     Requires one of the roles: desk_clerk, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code HANDOVER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already confirmed (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Handovers_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Handover id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveHandoverBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code HANDOVER_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The handover is not a DISCREPANCY (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Unclaimed_sweepOverdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SweepOverdueBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepOverdueResultDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Unclaimed_dispose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisposeDepositBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositDisposalDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code DEPOSIT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The deposit is not UNCLAIMED (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Equipment_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only units of this desk */
                desk?: components["schemas"]["Desk"];
                /** @description Only units of this type */
                type?: components["schemas"]["EquipmentType"];
                /** @description Only units in this status */
                status?: components["schemas"]["EquipmentUnitStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Equipment_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEquipmentUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentUnitDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Equipment_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Equipment unit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetEquipmentStatusBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentUnitDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code EQUIPMENT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The unit is lent (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Loans_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only loans of this desk */
                desk?: components["schemas"]["Desk"];
                /** @description OPEN, RETURNED, or OVERDUE (open and past due back) */
                status?: components["schemas"]["LoanStatusFilter"];
                /** @description Only loans opened at or after this (ISO 8601 with offset) */
                from?: string;
                /** @description Only loans opened before this (ISO 8601 with offset) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Loans_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenLoanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The unit is lent, in maintenance or lost (UNIT_UNAVAILABLE)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     dueBackAt is not in the future (BUSINESS_RULE)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Loans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Loan id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code LOAN_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Loans_returnLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Loan id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnLoanBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code LOAN_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already returned (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Deduction above the deposit, or without a reason (BUSINESS_RULE, naming the field) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Ledger_day: {
        parameters: {
            query?: {
                /** @description The hospital day (in TZ_HOSPITAL), YYYY-MM-DD; default today */
                date?: string;
                /** @description Only this desk; default every desk */
                desk?: components["schemas"]["Desk"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerDayDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only deposits with this tag number */
                tagNo?: number;
                /** @description Only deposits in this status */
                status?: components["schemas"]["DepositStatus"];
                /** @description Only deposits of this desk */
                desk?: components["schemas"]["Desk"];
                /** @description Checked in on this day (the hospital's time zone); not with from/to */
                date?: string;
                /** @description Checked in on or after this day (hospital time zone) */
                from?: string;
                /** @description Checked in on or before this day (hospital time zone) */
                to?: string;
                /** @description Part of the depositor's name, or the start of the ticket number */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDepositDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositTicketDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The tag named is in use (TAG_IN_USE) or every tag of the desk is (NO_FREE_TAG)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     A prohibited category was declared (PROHIBITED_ITEM)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_lookup: {
        parameters: {
            query: {
                /** @description The pickup code on the ticket */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositLookupDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No deposit has this code (DEPOSIT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many look-ups from this address (RATE_LIMITED) */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description DEPOSIT_NOT_FOUND */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDepositBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Wrong code or ID number (CLAIM_REFUSED), or a proxy claim not made by a supervisor (SUPERVISOR_REQUIRED)
             *
             *     Requires one of the roles: desk_clerk, supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code DEPOSIT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already released, unclaimed or disposed, or no lost-ticket report yet (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Lost ticket without descriptionConfirmed: true (BUSINESS_RULE) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Locked after too many wrong codes (DEPOSIT_LOCKED) */
            423: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_reportLost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code DEPOSIT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The deposit is not STORED (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Locked: a supervisor must unlock it first (DEPOSIT_LOCKED) */
            423: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Deposits_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Deposit id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code DEPOSIT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The deposit is not LOCKED (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRulesDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, supervisor, admin, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_replaceRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationPointsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRulesDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_ledger: {
        parameters: {
            query: {
                /** @description A quarter (2026Q4) or a month (2026-11), in the hospital time zone */
                period: string;
            };
            header?: never;
            path: {
                /** @description Staff id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffLedgerDto"];
                };
            };
            /** @description The request is malformed: a query parameter, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, supervisor, admin, inspector, worker, dispatcher, desk_clerk (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code STAFF_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_inspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: inspector, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     Shorter than 30 minutes (BUSINESS_RULE, endedAt), or an unknown staff member (UNKNOWN_STAFF)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_peerReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeerReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeerReviewDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, supervisor, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     Already reviewed for this period (ALREADY_REVIEWED), or the quarter is frozen (PERIOD_FROZEN)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     A department reviewing itself (BUSINESS_RULE)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_scores: {
        parameters: {
            query: {
                /** @description A quarter (2026Q4) or a month (2026-11), in the hospital time zone */
                period: string;
                /** @description Rank staff members or departments (groups) */
                groupBy?: components["schemas"]["ScoreGrouping"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoresDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, supervisor, admin, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_freezeAwards: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path: {
                /** @description A quarter, in the hospital time zone */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodAwardsDto"];
                };
            };
            /** @description The request is malformed: a path parameter, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The quarter is already frozen (PERIOD_FROZEN)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Evaluation_scoresCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A quarter (2026Q4) or a month (2026-11) */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description period,rank,staff_no,name,department,base,points,survey_bonus,total,vetoed,veto_reasons,star_award_fen,department_label (department is the group code, department_label its name: 内科组) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only complaints in this status */
                status?: components["schemas"]["ComplaintStatus"];
                /** @description true: only overdue complaints; false: only those not overdue */
                overdue?: "true" | "false";
                /** @description Only complaints owned by this user id; `none` for the unowned */
                ownerId?: string;
                /** @description Only complaints about this staff member */
                staffId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     Unknown staff member (UNKNOWN_STAFF, field staffId)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_createPublic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     A staff-only channel (BUSINESS_RULE), or an unknown staff member (UNKNOWN_STAFF)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many submissions from this address (RATE_LIMITED) */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintWithTimelineDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such complaint (COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_investigate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignComplaintBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Closed (INVALID_TRANSITION) or already theirs (ALREADY_OWNER) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveComplaintBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Someone at fault on an invalid finding (BUSINESS_RULE), or unknown staff (UNKNOWN_STAFF) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyComplaintBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Closed or already escalated (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Complaints_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Complaint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code COMPLAINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed from the current status (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Praises_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only praise naming this staff member */
                staffId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraisePageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Praises_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePraiseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraiseDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, dispatcher, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     An unknown staff member (UNKNOWN_STAFF, field staffIds)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Praises_createPublic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePraiseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraiseDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     A staff-only channel (BUSINESS_RULE), or an unknown staff member (UNKNOWN_STAFF)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many submissions from this address (RATE_LIMITED) */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FollowUps_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only follow-ups in this status */
                status?: components["schemas"]["FollowUpStatus"];
                /** @description true: only open calls due today or earlier (hospital time zone) */
                due?: "true";
                /** @description true: only open calls whose due day has passed */
                overdue?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FollowUps_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanFollowUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FollowUps_recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Follow-up id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpOutcomeBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such follow-up (FOLLOW_UP_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The call was completed already (INVALID_TRANSITION) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FollowUps_raiseComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path: {
                /** @description Follow-up id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpComplaintBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpComplaintResultDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Nothing has this id (code FOLLOW_UP_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The call is not recorded as reached (INVALID_TRANSITION), or a complaint was raised from it already (COMPLAINT_ALREADY_RAISED)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker, desk_clerk, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDto"];
                };
            };
            /** @description Invalid fields, or a question id used twice (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_invitations: {
        parameters: {
            query: {
                /** @description The dispatch job whose invitation to show */
                taskId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitationDto"][];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Survey id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher, worker, desk_clerk, supervisor, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SURVEY_NOT_FOUND */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Survey id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyFormDto"];
                };
            };
            /** @description The request is malformed: a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SURVEY_NOT_FOUND */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address (RATE_LIMITED) */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path: {
                /** @description Survey id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitationDto"];
                };
            };
            /** @description channel SUPERVISOR without about.supervisorId or the reverse (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: desk_clerk, supervisor, manager, admin, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SURVEY_NOT_FOUND, STAFF_NOT_FOUND (about.staffId) or SUPERVISOR_NOT_FOUND (about.supervisorId) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The job already has an invitation (TASK_ALREADY_INVITED)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     The social supervisor is inactive (BUSINESS_RULE)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Surveys_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path: {
                /** @description Survey id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitResponseBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseReceiptDto"];
                };
            };
            /** @description An answer out of range, for an unknown question, or a required question unanswered; details.errors names answers[i] or the question (VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such survey (SURVEY_NOT_FOUND) or no invitation to it with this token (SURVEY_TOKEN_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     The token was answered already (SURVEY_TOKEN_USED)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The token has expired (SURVEY_TOKEN_EXPIRED) */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address (RATE_LIMITED) */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Satisfaction_report: {
        parameters: {
            query: {
                /** @description First day included (hospital time zone) */
                from: string;
                /** @description Last day included (hospital time zone) */
                to: string;
                /** @description One row per department, staff member or channel */
                groupBy: components["schemas"]["SatisfactionGroupBy"];
                /** @description Also split by ISO week (from Monday) or calendar month */
                period?: components["schemas"]["SatisfactionPeriod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionReportDto"];
                };
            };
            /** @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, manager, admin, inspector (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Supervisors_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only active (true) or inactive (false) ones */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorPageDto"];
                };
            };
            /**
             * @description The request is malformed: a query parameter (code VALIDATION_FAILED; `errors` names every bad field)
             *
             *     A cursor that is not the nextCursor of a previous page with the same filters (code INVALID_CURSOR)
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Supervisors_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupervisorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, an Idempotency-Key that is not 1-255 visible ASCII characters (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)
             *
             *     Someone with this phone is registered already (SUPERVISOR_PHONE_TAKEN)
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Supervisors_setActive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Supervisor id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSupervisorActiveBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisorDto"];
                };
            };
            /** @description The request is malformed: a body that is not JSON or not of the documented shape, a path parameter (code VALIDATION_FAILED; `errors` names every bad field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: supervisor, manager, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SUPERVISOR_NOT_FOUND */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPageDto"];
                };
            };
            /** @description A limit outside 1-100 (VALIDATION_FAILED) or a cursor not from a previous page (INVALID_CURSOR) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key with the same body returns the first response and writes nothing new (24 h by default). The same key with a different body: 422 IDEMPOTENCY_KEY_REUSED. While the first request is still running: 409 IDEMPOTENCY_KEY_IN_USE. Use a fresh UUID per logical request; a key is private to its caller. The answer does not say whether it is a replay. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretDto"];
                };
            };
            /** @description Not an http(s) URL, no or unknown or repeated event types, a description over 200 characters (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)
             *
             *     The URL carries credentials, does not resolve, or points at a loopback, link-local, private or reserved address the operator has not allowed (code WEBHOOK_URL_NOT_ALLOWED, field url); or A hospital system subscribing to incidents or complaints, which only an admin’s endpoint may receive (code WEBHOOK_EVENT_TYPE_NOT_ALLOWED, field eventTypes)
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: retry with the same Idempotency-Key */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description id is not a UUID (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description id is not a UUID (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description id is not a UUID, or a field as at registration (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not application/json (code UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The URL carries credentials, does not resolve, or points at a loopback, link-local, private or reserved address the operator has not allowed (code WEBHOOK_URL_NOT_ALLOWED, field url); or A hospital system subscribing to incidents or complaints, which only an admin’s endpoint may receive (code WEBHOOK_EVENT_TYPE_NOT_ALLOWED, field eventTypes) */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretDto"];
                };
            };
            /** @description id is not a UUID (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only deliveries in this status (DEAD: the dead letters) */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only deliveries of this event type */
                eventType?: components["schemas"]["WebhookEventType"];
            };
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description id is not a UUID, an unknown status or event type, a limit outside 1-100; or a cursor not from a previous page (INVALID_CURSOR) (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
                /** @description Delivery id */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailDto"];
                };
            };
            /** @description id or deliveryId is not a UUID (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint for the caller (WEBHOOK_ENDPOINT_NOT_FOUND), or no such delivery of it (WEBHOOK_DELIVERY_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); safe to retry */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Webhooks_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Endpoint id */
                id: string;
                /** @description Delivery id */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description id or deliveryId is not a UUID (code VALIDATION_FAILED, naming each field) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: integration, admin (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such endpoint for the caller (WEBHOOK_ENDPOINT_NOT_FOUND), or no such delivery of it (WEBHOOK_DELIVERY_NOT_FOUND) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The endpoint is disabled: enable it first (WEBHOOK_ENDPOINT_DISABLED); or an attempt is under way right now (CONFLICT) */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No instance of the service behind this route answered (code SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The service did not answer within RPC_TIMEOUT_MS (code SERVICE_TIMEOUT); whether it was applied is unknown: read the record before retrying */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Meta_labels: {
        parameters: {
            query?: {
                /** @description One locale only: each value maps to its label in that locale. Without it, every locale of every value. */
                locale?: components["schemas"]["LabelLocale"];
            };
            header?: {
                /** @description The ETag of a copy already held */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every locale (`LabelsDto`), or with `locale` that one (`LocalizedLabelsDto`) */
            200: {
                headers: {
                    /** @description Send it back as If-None-Match to revalidate */
                    ETag?: string;
                    /** @description `public, max-age=3600` */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelsDto"] | components["schemas"]["LocalizedLabelsDto"];
                };
            };
            /** @description If-None-Match named the current ETag: the copy held is still right (no body) */
            304: {
                headers: {
                    /** @description Send it back as If-None-Match to revalidate */
                    ETag?: string;
                    /** @description `public, max-age=3600` */
                    "Cache-Control"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description locale is not zh-CN or en (`errors` names the field and the value sent), or another query parameter was sent (code VALIDATION_FAILED) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoardStream_stream: {
        parameters: {
            query?: {
                /** @description Only this group (its jobs, workers and events); omit for the whole center */
                group?: components["schemas"]["Group"];
                /** @description Resume after this SSE `id` (as the `Last-Event-ID` header does, for clients that cannot set it, such as a new EventSource): every event after it that passes `group` is sent first, in order, then the live ones. The header wins when both are sent. */
                lastEventId?: string;
            };
            header?: {
                /** @description Resume after this SSE id (see above): the decimal `id:` of the last message received. Malformed: 400. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream; each `data:` line is one BoardStreamEventDto as JSON, or, for `event: reset`, a BoardStreamResetDto */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["BoardStreamEventDto"] | components["schemas"]["BoardStreamResetDto"];
                };
            };
            /** @description A malformed `Last-Event-ID` or `lastEventId` (not an id of this stream), or an unknown `group` (code VALIDATION_FAILED, naming it) */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description No valid bearer token or API key (code UNAUTHENTICATED)
             *
             *     Or a `ticket` that is unknown, used up, expired (60 s), sent together with a credential header, or whose account has been disabled or changed its password since it was issued (code UNAUTHENTICATED)
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoardStream_issueTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket, shown once */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardStreamTicketDto"];
                };
            };
            /** @description No valid bearer token or API key (code UNAUTHENTICATED) */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Requires one of the roles: admin, manager, dispatcher (code FORBIDDEN)
             *
             *     A person on a temporary password: change it with POST /auth/password first (code PASSWORD_CHANGE_REQUIRED)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this caller or address (code RATE_LIMITED); wait for Retry-After */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
