import type { ExampleObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Worked examples on the main operations, by operation id: request bodies and answers, errors
 * included, as the gateway really sends them. openapi.ts puts them into the document (failing on
 * an operation or status that does not exist); examples.spec.ts validates each against the schema
 * it stands beside, and the linter (redocly.yaml, no-invalid-media-type-examples) does too.
 */
export interface OperationExamples {
  request?: Record<string, ExampleObject>;
  responses?: Record<string, Record<string, ExampleObject>>;
}

const REQUEST_ID = '0b6c8f9e-2d1a-4c55-9f3e-7a1d2c3b4e5f';
const TASK_ID = '0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';
const WORKER_ID = '0193a1b2-1111-7e8f-9a0b-1c2d3e4f5a01';
const DISPATCHER_ID = '0193a1b2-2222-7e8f-9a0b-1c2d3e4f5a02';
const CLERK_ID = '0193a1b2-3333-7e8f-9a0b-1c2d3e4f5a03';

const problem = (status: number, code: string, instance: string, detail: string, errors?: { field: string; message: string }[]) => ({
  type: `urn:hospital:problem:${code.toLowerCase().replace(/_/g, '-')}`,
  title: code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' '),
  status,
  detail,
  instance,
  code,
  requestId: REQUEST_ID,
  ...(errors ? { errors } : {}),
});

const COMPANION = 'a critical or non-self-caring patient is accompanied by a clinician or family member for the whole trip: name them';

const ward = { department: '心内科', ward: '5病区', bed: '12' };
const requester = { department: '心内科', contactName: '李护士', phone: '8021' };

const specimenTask = {
  type: 'SPECIMEN',
  priority: 'STAT',
  group: 'INTERNAL_MEDICINE',
  origin: ward,
  destination: { department: '检验科' },
  requester,
  notes: '急血，2 管',
  specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' },
};

const patientTransport = {
  type: 'PATIENT_TRANSPORT',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: ward,
  destination: { department: '影像科' },
  requester,
  patient: {
    patientName: '王小明',
    mrn: 'ZY20260012',
    ward: '5病区',
    bed: '12',
    exam: 'CT 增强',
    mode: 'WHEELCHAIR',
    oxygen: true,
    monitor: false,
    isolation: 'NONE',
    condition: 'STABLE',
    selfCaring: false,
    companion: { name: '王丽', role: 'FAMILY' },
  },
};

const mailedReport = {
  type: 'DOCUMENT',
  priority: 'ROUTINE',
  group: 'SURGERY',
  origin: { department: '病案室' },
  destination: { department: '邮政窗口' },
  requester: { department: '普外科', contactName: '赵护士' },
  document: { kind: 'MAILED_REPORT', count: 1, mailingAddress: '上海市徐汇区漕溪北路 100 号 201 室 王小明 收' },
  feeFen: 1200,
};

const createdSpecimenTask = {
  id: TASK_ID,
  number: 'T20261123-0001',
  type: 'SPECIMEN',
  priority: 'STAT',
  status: 'PENDING',
  group: 'INTERNAL_MEDICINE',
  origin: ward,
  destination: { department: '检验科' },
  requester,
  notes: '急血，2 管',
  specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' },
  feeFen: null,
  createdBy: DISPATCHER_ID,
  assigneeId: null,
  dueAt: '2026-11-23T08:15:00.000Z',
  scheduledFor: null,
  releaseAt: null,
  queuedAt: '2026-11-23T08:00:00.000Z',
  handedOverBy: null,
  receivedBy: null,
  completedAt: null,
  overdueAt: null,
  version: 1,
  createdAt: '2026-11-23T08:00:00.000Z',
  updatedAt: '2026-11-23T08:00:00.000Z',
};

/** A patient transport booked at 02:00 UTC for 14:30 Shanghai time, released at its 2-hour routine lead time. */
const bookedTask = {
  ...createdSpecimenTask,
  id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  number: 'T20261123-0007',
  type: 'PATIENT_TRANSPORT',
  priority: 'ROUTINE',
  status: 'SCHEDULED',
  notes: null,
  specimen: undefined,
  patient: patientTransport.patient,
  feeFen: 1000,
  dueAt: '2026-11-23T06:30:00.000Z',
  scheduledFor: '2026-11-23T06:30:00.000Z',
  releaseAt: '2026-11-23T04:30:00.000Z',
  queuedAt: null,
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
};
const bookedEntry = { action: 'CREATED', status: 'SCHEDULED', actorId: DISPATCHER_ID, workerId: null, note: null, at: '2026-11-23T02:00:00.000Z' };

/** 王芳 on the early shift, clocked in and free: the roster line break routes and the queue answer with. */
const wangOnDuty = {
  staffId: WORKER_ID,
  staffNo: 'KF0101',
  name: '王芳',
  group: 'INTERNAL_MEDICINE',
  status: 'AVAILABLE',
  shift: 'EARLY',
  clockedInAt: '2026-11-22T23:28:00.000Z',
  load: 0,
  capacity: 2,
  idleSince: '2026-11-22T23:28:00.000Z',
  onBreakSince: null,
};

const created = { action: 'CREATED', status: 'PENDING', actorId: DISPATCHER_ID, workerId: null, note: null, at: '2026-11-23T08:00:00.000Z' };

export const OPERATION_EXAMPLES: Record<string, OperationExamples> = {
  Auth_login: {
    request: { dispatcher: { summary: 'The demo dispatcher (SEED_DEMO=true)', value: { username: 'dispatcher', password: 'dispatcher-demo-2026' } } },
    responses: {
      '200': {
        token: {
          summary: 'A bearer token for 8 hours',
          value: {
            accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYTFiMi0yMjIyIn0.c2lnbmF0dXJl',
            tokenType: 'Bearer',
            expiresIn: 28800,
            passwordChangeRequired: false,
          },
        },
      },
      '400': {
        missingPassword: {
          summary: 'A field missing',
          value: problem(400, 'VALIDATION_FAILED', '/api/v1/auth/login', 'password must be a string', [{ field: 'password', message: 'password must be a string' }]),
        },
      },
      '401': {
        wrongPassword: {
          summary: 'Unknown username or wrong password: the answer does not say which',
          value: problem(401, 'UNAUTHENTICATED', '/api/v1/auth/login', 'invalid username or password'),
        },
      },
    },
  },

  Tasks_create: {
    request: {
      urgentBlood: { summary: 'A specimen job: urgent blood (急血), always STAT', value: specimenTask },
      examEscort: { summary: 'A patient transport (陪检) in a wheelchair with oxygen and a family companion', value: patientTransport },
      mailedReport: { summary: 'A mailed report: a document job with postage in fen', value: mailedReport },
      bookedExam: { summary: 'Booked for the CT at 14:30: SCHEDULED until its lead time', value: { ...patientTransport, scheduledFor: '2026-11-23T14:30:00+08:00' } },
    },
    responses: {
      '201': {
        registered: { summary: 'Registered, PENDING, due in 15 minutes (STAT)', value: { ...createdSpecimenTask, timeline: [created] } },
        booked: { summary: 'Booked: SCHEDULED, due at its time, released 2 h before (ROUTINE)', value: { ...bookedTask, timeline: [bookedEntry] } },
      },
      '400': {
        detailsMissing: {
          summary: 'A SPECIMEN job without `specimen`, and a bad phone',
          value: problem(400, 'VALIDATION_FAILED', '/api/v1/dispatch/tasks', 'specimen is required for SPECIMEN jobs; requester.phone must be 3-20 digits or dashes', [
            { field: 'specimen', message: 'specimen is required for SPECIMEN jobs' },
            { field: 'requester.phone', message: 'requester.phone must be 3-20 digits or dashes' },
          ]),
        },
      },
      '422': {
        companionMissing: {
          summary: 'A patient who is not self-caring travels with a companion (§3.4)',
          value: problem(422, 'BUSINESS_RULE', '/api/v1/dispatch/tasks', `patient.companion: ${COMPANION}`, [{ field: 'patient.companion', message: COMPANION }]),
        },
      },
    },
  },

  Tasks_list: {
    responses: {
      '200': {
        firstPage: {
          summary: 'The first page of pending jobs; pass nextCursor back as cursor',
          value: { items: [createdSpecimenTask], nextCursor: 'eyJ0IjoiMjAyNi0xMS0yM1QwODowMDowMC4wMDBaIiwiaSI6IjAxOTNhMWIyIn0' },
        },
      },
    },
  },

  Tasks_edit: {
    request: { later: { summary: 'The CT moved to 15:00; bring the films', value: { scheduledFor: '2026-11-23T15:00:00+08:00', notes: '带上片子' } } },
    responses: {
      '200': {
        edited: {
          summary: 'Still SCHEDULED; the deadline and the release moved with the time',
          value: {
            ...bookedTask,
            scheduledFor: '2026-11-23T07:00:00.000Z',
            dueAt: '2026-11-23T07:00:00.000Z',
            releaseAt: '2026-11-23T05:00:00.000Z',
            notes: '带上片子',
            version: 2,
            updatedAt: '2026-11-23T02:10:00.000Z',
            timeline: [bookedEntry, { action: 'EDITED', status: 'SCHEDULED', actorId: DISPATCHER_ID, workerId: null, note: 'changed scheduledFor, notes', at: '2026-11-23T02:10:00.000Z' }],
          },
        },
      },
    },
  },

  Schedules_create: {
    request: {
      morningRound: {
        summary: 'The morning specimen round of ward 5 (晨标), every day at 06:00, also on holidays',
        value: { name: '5病区晨标', cron: '0 6 * * *', holidays: 'RUN', startsOn: '2026-12-07', template: { ...specimenTask, priority: 'ROUTINE', specimen: { kind: 'MORNING_ROUND', count: 30, container: '采血管' } } },
      },
    },
  },

  Tasks_get: {
    responses: {
      '404': { unknown: { summary: 'No job has this id', value: problem(404, 'TASK_NOT_FOUND', `/api/v1/dispatch/tasks/${TASK_ID}`, `Task ${TASK_ID} does not exist`) } },
    },
  },

  TaskLifecycle_assign: {
    request: {
      toWorker: { summary: 'To a named worker (staff id)', value: { workerId: WORKER_ID, note: '王芳在 5 病区' } },
      auto: { summary: 'To the best candidate: on duty, holding the post, least loaded', value: { auto: true } },
      reassign: { summary: 'Move an assigned or accepted job to another worker', value: { workerId: WORKER_ID, reassign: true, note: '原派工人员下班' } },
    },
    responses: {
      '200': {
        assigned: {
          summary: 'ASSIGNED, with the step on the timeline',
          value: {
            ...createdSpecimenTask,
            status: 'ASSIGNED',
            assigneeId: WORKER_ID,
            version: 2,
            updatedAt: '2026-11-23T08:01:00.000Z',
            timeline: [created, { action: 'ASSIGNED', status: 'ASSIGNED', actorId: DISPATCHER_ID, workerId: WORKER_ID, note: '王芳在 5 病区', at: '2026-11-23T08:01:00.000Z' }],
          },
        },
      },
      '404': { unknown: { summary: 'No job has this id', value: problem(404, 'TASK_NOT_FOUND', `/api/v1/dispatch/tasks/${TASK_ID}/assign`, `Task ${TASK_ID} does not exist`) } },
      '409': {
        alreadyAssigned: {
          summary: 'Another dispatcher assigned it a moment earlier (without reassign: true)',
          value: problem(409, 'INVALID_TRANSITION', `/api/v1/dispatch/tasks/${TASK_ID}/assign`, 'task T20261123-0001 is ASSIGNED; assigned needs it PENDING'),
        },
      },
      '422': {
        nobodyEligible: {
          summary: 'auto: true and nobody on duty holds the post in the group',
          value: problem(422, 'NO_ELIGIBLE_WORKER', `/api/v1/dispatch/tasks/${TASK_ID}/assign`, 'nobody holding the post SPECIMEN_COURIER (送检) is clocked in, on shift and under capacity in 内科组'),
        },
        onBreak: {
          summary: 'The worker named is on a break: wait until they end it, or choose someone else',
          value: problem(422, 'WORKER_UNAVAILABLE', `/api/v1/dispatch/tasks/${TASK_ID}/assign`, '王芳 (KF0101) is on a break since 2026-11-23T04:00:00.000Z', [
            { field: 'workerId', message: 'the worker is on a break' },
          ]),
        },
      },
    },
  },

  Staff_startBreak: {
    request: { lunch: { summary: 'Lunch, with a reason the floor sees in dispatch', value: { reason: '午饭' } } },
    responses: {
      '200': { onBreak: { summary: 'ON_BREAK since now: no job is assigned to them until it ends', value: { ...wangOnDuty, status: 'ON_BREAK', onBreakSince: '2026-11-23T04:00:00.000Z' } } },
      '409': {
        alreadyOnBreak: {
          summary: 'On a break already (a second click, or two devices at once)',
          value: problem(409, 'ALREADY_ON_BREAK', `/api/v1/staff/${WORKER_ID}/break-start`, '王芳 (KF0101) is on a break already (since 2026-11-23T04:00:00.000Z)'),
        },
        notOnDuty: {
          summary: 'Not clocked in: a break is a pause in a duty session',
          value: problem(409, 'NOT_ON_DUTY', `/api/v1/staff/${WORKER_ID}/break-start`, '王芳 (KF0101) is not clocked in: clock in before starting a break'),
        },
      },
    },
  },

  Staff_endBreak: {
    responses: {
      '200': { back: { summary: 'Back: AVAILABLE again, for auto-assignment too', value: wangOnDuty } },
      '409': { notOnBreak: { summary: 'Not on a break', value: problem(409, 'NOT_ON_BREAK', `/api/v1/staff/${WORKER_ID}/break-end`, '王芳 (KF0101) is not on a break') } },
    },
  },

  MyQueue_queue: {
    responses: {
      '200': {
        twoJobs: {
          summary: 'A transport under way, then an assigned STAT specimen job',
          value: {
            generatedAt: '2026-11-23T08:05:00.000Z',
            duty: { ...wangOnDuty, status: 'BUSY', load: 2, idleSince: null },
            items: [
              {
                id: '0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6c',
                number: 'T20261123-0002',
                type: 'PATIENT_TRANSPORT',
                priority: 'URGENT',
                status: 'IN_PROGRESS',
                nextStep: 'COMPLETE',
                origin: ward,
                destination: { department: '影像科' },
                requester,
                notes: null,
                dueAt: '2026-11-23T08:30:00.000Z',
                overdue: false,
                needs: ['WHEELCHAIR', 'OXYGEN', 'COMPANION'],
                patient: patientTransport.patient,
              },
              {
                id: TASK_ID,
                number: 'T20261123-0001',
                type: 'SPECIMEN',
                priority: 'STAT',
                status: 'ASSIGNED',
                nextStep: 'ACCEPT',
                origin: ward,
                destination: { department: '检验科' },
                requester,
                notes: '急血，2 管',
                dueAt: '2026-11-23T08:15:00.000Z',
                overdue: false,
                needs: ['URGENT_BLOOD'],
                specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' },
              },
            ],
          },
        },
      },
      '403': {
        notLinked: {
          summary: 'A worker account not linked to a staff member',
          value: problem(403, 'NOT_LINKED_TO_STAFF', '/api/v1/dispatch/me/queue', 'your account is not linked to a staff member, so it has no jobs of its own'),
        },
      },
    },
  },

  Complaints_create: {
    request: {
      atTheDesk: {
        summary: 'A complaint taken at the desk about waiting; the recorder owns it',
        value: {
          channel: 'DESK',
          complainant: { name: '张伟', phone: '13812341234' },
          department: '门诊收费处',
          category: 'WAITING',
          severity: 'NORMAL',
          description: '缴费窗口排队 40 分钟，只开了一个窗口。',
        },
      },
    },
    responses: {
      '201': {
        recorded: {
          summary: 'RECEIVED, owned by the recorder, with its deadlines',
          value: {
            id: '0193a1b2-4444-7e8f-9a0b-1c2d3e4f5a04',
            number: 'C20261127-0001',
            status: 'RECEIVED',
            channel: 'DESK',
            complainant: { name: '张伟', phone: '13812341234' },
            department: '门诊收费处',
            staffId: null,
            category: 'WAITING',
            severity: 'NORMAL',
            description: '缴费窗口排队 40 分钟，只开了一个窗口。',
            ownerId: CLERK_ID,
            recordedBy: CLERK_ID,
            receivedAt: '2026-11-27T02:00:00.000Z',
            acknowledgeDueAt: '2026-11-28T02:00:00.000Z',
            resolveDueAt: '2026-12-04T02:00:00.000Z',
            overdue: false,
            overdueDeadline: null,
            escalated: false,
            escalationReason: null,
            resolution: null,
            reply: null,
            followUpId: null,
          },
        },
      },
      '422': {
        unknownStaff: {
          summary: 'The staff member named is not in the directory',
          value: problem(422, 'UNKNOWN_STAFF', '/api/v1/feedback/complaints', 'no staff member 0193a1b2-5555-7e8f-9a0b-1c2d3e4f5a05', [
            { field: 'staffId', message: 'unknown staff: 0193a1b2-5555-7e8f-9a0b-1c2d3e4f5a05' },
          ]),
        },
      },
    },
  },

  Deposits_checkIn: {
    request: {
      backpack: {
        summary: 'A sealed backpack at the inpatient lobby desk, the lowest free tag',
        value: {
          desk: 'INPATIENT_LOBBY',
          depositor: { name: '王小明', phone: '13812341234', idNumber: '11010519491231002X' },
          description: '黑色双肩包一个，内有衣物',
          pieceCount: 1,
          sealed: true,
          categories: ['CLOTHING', 'DAILY_NECESSITIES'],
        },
      },
    },
    responses: {
      '201': {
        ticket: {
          summary: 'The ticket: tag, place and the pickup code, shown only here',
          value: {
            id: '0193a1b2-6666-7e8f-9a0b-1c2d3e4f5a06',
            ticketNo: 'ZY20261123-0001',
            desk: 'INPATIENT_LOBBY',
            tagNo: 1,
            place: { kind: 'SHELF', label: 'S-001' },
            pickupCode: 'K7QX2M9P',
            notLiable: false,
            sealed: true,
            pieceCount: 1,
            description: '黑色双肩包一个，内有衣物',
            categories: ['CLOTHING', 'DAILY_NECESSITIES'],
            checkedInAt: '2026-11-23T01:30:00.000Z',
            depositor: { name: '王**', phone: '138****1234', idLast4: '002X' },
          },
        },
      },
      '409': {
        tagInUse: {
          summary: 'The tag the clerk named is on another deposit at this desk',
          value: problem(409, 'TAG_IN_USE', '/api/v1/deposits', 'tag 17 of desk INPATIENT_LOBBY is on another deposit', [{ field: 'tagNo', message: 'tag 17 is in use' }]),
        },
      },
      '422': {
        prohibited: {
          summary: 'A category the center never stores (§4.3)',
          value: problem(422, 'PROHIBITED_ITEM', '/api/v1/deposits', 'not accepted for storage: food', [{ field: 'categories', message: 'food is never accepted for storage' }]),
        },
      },
    },
  },
  Webhooks_create: {
    request: {
      wardProgress: {
        summary: 'A ward system hears of its jobs’ progress',
        value: { url: 'https://his.hospital.example/platform-events', eventTypes: ['dispatch.task.assigned', 'dispatch.task.started', 'dispatch.task.completed'], description: '5病区护士站 - 任务进度' },
      },
    },
    responses: {
      '201': {
        registered: {
          summary: 'Registered; the secret is shown in this answer only (and in its replay with the same Idempotency-Key)',
          value: {
            id: '0193a1b2-4444-7e8f-9a0b-1c2d3e4f5a04',
            ownerId: '0b7c2f0e-9a51-4d7e-8f43-3f1c8e2a9b10',
            scope: 'OWN_JOBS',
            url: 'https://his.hospital.example/platform-events',
            eventTypes: ['dispatch.task.assigned', 'dispatch.task.started', 'dispatch.task.completed'],
            description: '5病区护士站 - 任务进度',
            enabled: true,
            disabledReason: null,
            disabledAt: null,
            previousSecretExpiresAt: null,
            version: 1,
            createdAt: '2026-11-23T08:00:00.000Z',
            updatedAt: '2026-11-23T08:00:00.000Z',
            secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6iYrFnkGHdg=',
          },
        },
      },
      '422': {
        privateAddress: {
          summary: 'A URL on a private network the operator has not allowed',
          value: problem(422, 'WEBHOOK_URL_NOT_ALLOWED', '/api/v1/webhooks/endpoints', 'url 10.30.0.8: 10.30.0.8 is a loopback, link-local, private or reserved address; the operator allows such addresses with WEBHOOKS_ALLOWED_NETWORKS or WEBHOOKS_ALLOW_PRIVATE_URLS', [
            { field: 'url', message: 'url 10.30.0.8: 10.30.0.8 is a loopback, link-local, private or reserved address; the operator allows such addresses with WEBHOOKS_ALLOWED_NETWORKS or WEBHOOKS_ALLOW_PRIVATE_URLS' },
          ]),
        },
      },
    },
  },
};
