import { DispatchEvents, FeedbackChannel, Group, TaskPriority, TaskStatus, TaskStepEvent, TaskType } from '@hospital/contracts';
import { eventually } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { connect, NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { StandardSurveysSeed } from '../seed/standard-surveys.seed';
import { SurveyInvitationsQueryService } from './survey-invitations-query.service';
import { PATIENT_TRANSPORT_PURPOSE, SUPERVISOR_PURPOSE } from './survey-purposes';
import { SurveyResponsesService } from './survey-responses.service';

const CONSUMER = 'feedback_TransportSurveyInvitations_onTaskCompleted';

describe('automatic survey invitation after a patient-transport job (SEED_DEMO=true, real JetStream)', () => {
  let service: ServiceUnderTest;
  let nc: NatsConnection;
  const workerId = randomUUID();

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { SEED_DEMO: 'true' } });
    nc = await connect({ servers: service.env.NATS_URL });
  });

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  const completed = (type: TaskType, taskId: string = randomUUID()): TaskStepEvent => ({
    id: randomUUID(),
    type: DispatchEvents.taskCompleted,
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'dispatch',
    correlationId: null,
    aggregateId: taskId,
    payload: {
      id: taskId,
      number: 'T20261127-0001',
      type,
      priority: TaskPriority.Routine,
      group: Group.Emergency,
      status: TaskStatus.Completed,
      workerId,
      actorId: randomUUID(),
      at: new Date().toISOString(),
      dueAt: new Date().toISOString(),
      onTime: true,
    },
  });

  /** Published as dispatch's relay would; a distinct Nats-Msg-Id gets past JetStream's dedupe, as a real redelivery would. */
  const publish = async (event: TaskStepEvent, msgID = event.id) => {
    const { names } = await service.jetstream();
    return (await nc.jetstream().publish(names.subject(event.type), JSON.stringify(event), { msgID })).seq;
  };

  const settled = async (seq: number) => {
    const { jsm, names } = await service.jetstream();
    await eventually(`${CONSUMER} to settle stream seq ${seq}`, async () => {
      const info = await jsm.consumers.info(names.stream, CONSUMER);
      return info.ack_floor.stream_seq >= seq && info.num_ack_pending === 0 && info.num_pending === 0;
    });
  };

  const invitationsOf = (taskId: string) =>
    service.query<{ channel: string; staff_id: string; survey_id: string; plain_token: string | null }[]>(
      `SELECT "channel", "staff_id", "survey_id", "plain_token" FROM "feedback"."survey_invitations" WHERE "task_id" = $1`,
      [taskId],
    );

  it('issues one FOLLOW_UP invitation about the worker, even when the same event arrives twice, and the desk can read its token', async () => {
    const event = completed(TaskType.PatientTransport);
    await publish(event, `${event.id}-a`);
    await settled(await publish(event, `${event.id}-b`));

    const rows = await invitationsOf(event.payload.id);
    expect(rows).toHaveLength(1);
    const [template] = await service.query<{ id: string }[]>(`SELECT "id" FROM "feedback"."survey_templates" WHERE "purpose" = $1`, [PATIENT_TRANSPORT_PURPOSE]);
    expect(rows[0]).toMatchObject({ channel: FeedbackChannel.FollowUp, staff_id: workerId, survey_id: template.id });

    const [shown] = await service.app.get(SurveyInvitationsQueryService).forTask({ taskId: event.payload.id });
    expect(shown.token).toBe(rows[0].plain_token);
    const answers = ['attitude', 'punctuality', 'safety'].map((questionId) => ({ questionId, value: 5 }));
    await service.app.get(SurveyResponsesService).respond({
      id: template.id,
      token: shown.token!,
      answers: [...answers, { questionId: 'explained', value: true }, { questionId: 'recommend', value: 10 }],
    });
    const [afterwards] = await service.app.get(SurveyInvitationsQueryService).forTask({ taskId: event.payload.id });
    expect(afterwards.token).toBeNull();
    expect(afterwards.usedAt).not.toBeNull();
  });

  it('issues one invitation per job even for a second completion event of the same job', async () => {
    const first = completed(TaskType.PatientTransport);
    const second = completed(TaskType.PatientTransport, first.payload.id);
    await publish(first);
    await settled(await publish(second));
    expect(await invitationsOf(first.payload.id)).toHaveLength(1);
  });

  it('seeds the two standard templates once', async () => {
    expect(await service.app.get(StandardSurveysSeed).seed()).toBe(0);
    const purposes = await service.query<{ purpose: string }[]>(`SELECT "purpose" FROM "feedback"."survey_templates" ORDER BY "purpose"`);
    expect(purposes.map((p) => p.purpose)).toEqual([PATIENT_TRANSPORT_PURPOSE, SUPERVISOR_PURPOSE]);
  });

  it('issues none for other kinds of job', async () => {
    const event = completed(TaskType.Specimen);
    await settled(await publish(event));
    expect(await invitationsOf(event.payload.id)).toHaveLength(0);
  });
});
