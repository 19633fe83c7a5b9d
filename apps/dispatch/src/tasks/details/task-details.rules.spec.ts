import { CompanionRole, DocumentKind, ErrorCode, PatientCondition, TaskPriority, TaskType } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { SAMPLE_TASK_DETAILS, taskRequest } from '../task-fixtures.spec-helper';
import { ruleOnTask } from './task-details.rules';

const fees = { patientTransportFen: 1500 };

/** The rule must refuse with 422 BUSINESS_RULE; returns the error for its field list. */
function refusal(rule: () => unknown): DomainError {
  try {
    rule();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BusinessRule);
    return error as DomainError;
  }
  throw new Error('expected the rule to refuse the request');
}
const patient = SAMPLE_TASK_DETAILS.patient;

describe('ruleOnTask', () => {
  describe('a patient who cannot travel alone', () => {
    it.each([
      ['critical', { condition: PatientCondition.Critical, selfCaring: true }],
      ['not self-caring', { condition: PatientCondition.Stable, selfCaring: false }],
    ])('refuses a %s patient without a companion (422 naming patient.companion)', (_label, state) => {
      const request = taskRequest({ type: TaskType.PatientTransport, patient: { ...patient, ...state } });
      const error = refusal(() => ruleOnTask(request, fees));
      expect(error.details?.errors?.map((e) => e.field)).toEqual(['patient.companion']);
    });

    it('accepts them with a clinician or family member named', () => {
      const request = taskRequest({
        type: TaskType.PatientTransport,
        patient: { ...patient, condition: PatientCondition.Critical, selfCaring: false, companion: { name: '张医生', role: CompanionRole.Clinician } },
      });
      expect(ruleOnTask(request, fees).details).toEqual({ patient: request.patient });
    });

    it('lets a stable, self-caring patient go without one', () => {
      expect(() => ruleOnTask(taskRequest({ type: TaskType.PatientTransport }), fees)).not.toThrow();
    });
  });

  describe('urgent blood (急血)', () => {
    it.each([TaskPriority.Routine, TaskPriority.Urgent])('raises %s to STAT and says why', (priority) => {
      const ruling = ruleOnTask(taskRequest({ priority, specimen: { ...SAMPLE_TASK_DETAILS.specimen, urgentBlood: true } }), fees);
      expect(ruling.priority).toBe(TaskPriority.Stat);
      expect(ruling.remarks).toEqual([expect.stringContaining('urgent blood')]);
    });

    it('leaves other specimens at the priority asked for', () => {
      const ruling = ruleOnTask(taskRequest({ priority: TaskPriority.Routine }), fees);
      expect(ruling).toMatchObject({ priority: TaskPriority.Routine, remarks: [] });
    });
  });

  describe('fees', () => {
    it('charges patient transport the configured fee unless one is given', () => {
      expect(ruleOnTask(taskRequest({ type: TaskType.PatientTransport }), fees).feeFen).toBe(1500);
      expect(ruleOnTask(taskRequest({ type: TaskType.PatientTransport, feeFen: 0 }), fees).feeFen).toBe(0);
    });

    it('needs postage and an address for a mailed report', () => {
      const mailed = { kind: DocumentKind.MailedReport };
      const error = refusal(() => ruleOnTask(taskRequest({ type: TaskType.Document, document: mailed }), fees));
      expect(error.details?.errors?.map((e) => e.field).sort()).toEqual(['document.mailingAddress', 'feeFen']);
      const ruling = ruleOnTask(taskRequest({ type: TaskType.Document, document: { ...mailed, mailingAddress: '幸福路 12 号' }, feeFen: 1200 }), fees);
      expect(ruling.feeFen).toBe(1200);
    });

    it.each([TaskType.Specimen, TaskType.Drug, TaskType.Linen, TaskType.Ambulance120])('refuses a fee on a free %s job', (type) => {
      const error = refusal(() => ruleOnTask(taskRequest({ type, feeFen: 500 }), fees));
      expect(error.details?.errors).toEqual([{ field: 'feeFen', message: expect.stringContaining('free service') }]);
      expect(ruleOnTask(taskRequest({ type }), fees).feeFen).toBeNull();
    });
  });

  it('keeps only the details of the job type', () => {
    expect(ruleOnTask(taskRequest({ type: TaskType.Linen }), fees).details).toEqual({ linen: SAMPLE_TASK_DETAILS.linen });
  });
});
