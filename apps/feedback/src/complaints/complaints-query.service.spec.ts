import { ComplaintStatus, CreateComplaintDto, ErrorCode, FeedbackChannel } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { addPorter, clerk, complaintAbout, manager, otherClerk, visitor } from './complaints.spec-helper';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

describe('ComplaintsQueryService (the feedback service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let intake: CreateComplaintService;
  let complaints: ComplaintsQueryService;
  const workerId = randomUUID();

  const about = (overrides: Partial<CreateComplaintDto> = {}) => complaintAbout(workerId, overrides);

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    intake = service.app.get(CreateComplaintService);
    complaints = service.app.get(ComplaintsQueryService);
    await addPorter(service, workerId);
  });

  afterAll(() => service.stop());

  it('lists newest first, filtered by owner (or none) and status, masking per reader', async () => {
    const mine = await intake.create(about({ description: 'list me' }), otherClerk);
    // An anonymous web complaint, so that "none" has something to find.
    const nobodys = await intake.create(about({ channel: FeedbackChannel.Web, complainant: undefined }), visitor);
    const page = await complaints.list({ ownerId: otherClerk.id, status: ComplaintStatus.Received }, clerk);
    expect(page.items.map((i) => i.id)).toEqual([mine.id]);
    expect(page.items[0].complainant).toEqual({ name: '王**', phone: '138****1234' });
    const unowned = await complaints.list({ ownerId: 'none' }, manager);
    expect(unowned.items.map((i) => i.id)).toContain(nobodys.id);
    expect(unowned.items.every((i) => i.ownerId === null)).toBe(true);
  });

  it('answers an unknown complaint with 404 COMPLAINT_NOT_FOUND', async () => {
    expect((await expectDomainError(complaints.get(randomUUID(), manager))).code).toBe(ErrorCode.ComplaintNotFound);
  });
});
