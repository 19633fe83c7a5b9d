import type { ArgumentMetadata, Type } from '@nestjs/common';
import {
  CreateStaffDto,
  CreateTaskDto,
  ErrorCode,
  Group,
  ListStaffQueryDto,
  ListTasksQueryDto,
  Post,
  TaskPriority,
  TaskStatus,
  TaskType,
} from '@hospital/contracts';
import { DomainError } from '../errors/domain-error';
import { createValidationPipe } from './validation-pipe';

const pipe = createValidationPipe();

function run(metatype: Type<unknown>, value: unknown, type: ArgumentMetadata['type'] = 'body'): Promise<unknown> {
  return pipe.transform(value, { type, metatype });
}

/** Runs the pipe, expects it to refuse the value, and returns the error it threw. */
async function refusal(metatype: Type<unknown>, value: unknown, type: ArgumentMetadata['type'] = 'body'): Promise<DomainError> {
  const outcome = await run(metatype, value, type).then(
    (accepted) => ({ accepted }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected the pipe to refuse the value, it returned ${JSON.stringify(outcome.accepted)}`);
  expect(outcome.error).toBeInstanceOf(DomainError);
  return outcome.error as DomainError;
}

const fields = (error: DomainError) => (error.details?.errors ?? []).map((e) => e.field);
const messageFor = (error: DomainError, field: string) => error.details?.errors?.find((e) => e.field === field)?.message;

const validTask = () => ({
  type: TaskType.Specimen,
  priority: TaskPriority.Urgent,
  group: Group.InternalMedicine,
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  notes: '急标',
  specimen: { kind: 'URGENT', count: 2, container: '紫头管' },
});

const validStaff = () => ({
  staffNo: 'KF0101',
  name: '王芳',
  group: Group.Surgery,
  posts: [Post.ExamEscort, Post.OddJobs],
  phone: '13812341234',
});

describe('createValidationPipe', () => {
  describe('the error it throws', () => {
    it('is a DomainError VALIDATION_FAILED with one entry per bad field in details.errors', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), type: 'HELICOPTER', priority: 'WHENEVER' });
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.details?.errors).toEqual(
        expect.arrayContaining([
          { field: 'type', message: expect.any(String) },
          { field: 'priority', message: expect.any(String) },
        ]),
      );
      expect(fields(error)).toHaveLength(2);
      // The summary message names what is wrong, so a log line alone is enough to act on.
      expect(error.message).toContain('type');
      expect(error.message).toContain('priority');
    });

    it('crosses the wire as { code, message, details.errors }', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), group: 'CARDIOLOGY' });
      expect(error.toWire()).toEqual({
        code: ErrorCode.ValidationFailed,
        message: expect.stringContaining('group'),
        details: { errors: [{ field: 'group', message: expect.stringContaining('group must be one of the following values') }] },
      });
    });
  });

  describe('CreateTaskDto (body)', () => {
    it('refuses an unknown field and names it', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), patientIdNumber: '110101199001011234' });
      expect(fields(error)).toEqual(['patientIdNumber']);
      expect(messageFor(error, 'patientIdNumber')).toBe('property patientIdNumber should not exist');
    });

    it('refuses an unknown field inside a nested object with its dotted path', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), origin: { department: '心内科', floor: 3 } });
      expect(fields(error)).toEqual(['origin.floor']);
    });

    it('names a missing nested field by its dotted path, in the field and at the start of the message', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), origin: { ward: '5病区' } });
      expect(fields(error)).toEqual(expect.arrayContaining(['origin.department']));
      expect(new Set(fields(error))).toEqual(new Set(['origin.department']));
      const message = messageFor(error, 'origin.department')!;
      expect(message.startsWith('origin.department ')).toBe(true);
      // No entry may name the leaf alone: "department" would be ambiguous between origin, destination and requester.
      expect(error.details!.errors!.every((e) => !e.message.startsWith('department '))).toBe(true);
    });

    it('tells apart the same field missing in two nested objects', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), destination: {}, requester: { contactName: '李护士' } });
      expect(new Set(fields(error))).toEqual(new Set(['destination.department', 'requester.department']));
    });

    it('refuses a missing nested object', async () => {
      const { origin: _origin, ...withoutOrigin } = validTask();
      const error = await refusal(CreateTaskDto, withoutOrigin);
      expect(fields(error)).toContain('origin');
      expect(messageFor(error, 'origin')).toMatch(/^origin /);
    });

    it('refuses a value outside the enum, listing the allowed values', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), type: 'HELICOPTER' });
      expect(fields(error)).toEqual(['type']);
      const message = messageFor(error, 'type')!;
      for (const value of Object.values(TaskType)) expect(message).toContain(value);
    });

    it('refuses over-long strings, at the top level and nested', async () => {
      const error = await refusal(CreateTaskDto, {
        ...validTask(),
        notes: 'x'.repeat(501),
        origin: { department: '科'.repeat(61) },
      });
      expect(new Set(fields(error))).toEqual(new Set(['notes', 'origin.department']));
      expect(messageFor(error, 'notes')).toMatch(/500/);
      expect(messageFor(error, 'origin.department')).toMatch(/^origin\.department .*60/);
    });

    it('accepts strings exactly at the limit', async () => {
      await expect(run(CreateTaskDto, { ...validTask(), notes: 'x'.repeat(500), origin: { department: '科'.repeat(60) } })).resolves.toBeInstanceOf(
        CreateTaskDto,
      );
    });

    it('refuses a department that is only whitespace (trimmed, then empty)', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), origin: { department: '   ' } });
      expect(fields(error)).toEqual(['origin.department']);
    });

    it('refuses a requester phone that is not digits', async () => {
      const error = await refusal(CreateTaskDto, { ...validTask(), requester: { department: '心内科', phone: 'call me' } });
      expect(fields(error)).toEqual(['requester.phone']);
    });

    it('returns valid input as a CreateTaskDto with nested DTOs and trimmed strings', async () => {
      const result = (await run(CreateTaskDto, {
        ...validTask(),
        origin: { department: '  心内科 ', ward: ' 5病区', bed: '12 ' },
        requester: { department: '\t心内科\n', contactName: ' 李护士 ' },
      })) as CreateTaskDto;
      expect(result).toBeInstanceOf(CreateTaskDto);
      expect(result.origin).toEqual({ department: '心内科', ward: '5病区', bed: '12' });
      expect(result.requester).toEqual({ department: '心内科', contactName: '李护士' });
      expect(result.type).toBe(TaskType.Specimen);
      expect(result.notes).toBe('急标');
    });
  });

  describe('CreateStaffDto (body)', () => {
    it('accepts a valid staff member and trims the staff number and name', async () => {
      const result = (await run(CreateStaffDto, { ...validStaff(), staffNo: ' KF0101 ', name: ' 王芳 ' })) as CreateStaffDto;
      expect(result).toBeInstanceOf(CreateStaffDto);
      expect(result.staffNo).toBe('KF0101');
      expect(result.name).toBe('王芳');
      expect(result.posts).toEqual([Post.ExamEscort, Post.OddJobs]);
    });

    it('refuses an unknown field and names it', async () => {
      const error = await refusal(CreateStaffDto, { ...validStaff(), salary: 5000 });
      expect(fields(error)).toEqual(['salary']);
    });

    it('refuses an unknown post, no posts, and a repeated post', async () => {
      expect(fields(await refusal(CreateStaffDto, { ...validStaff(), posts: ['PILOT'] }))).toEqual(['posts']);
      expect(fields(await refusal(CreateStaffDto, { ...validStaff(), posts: [] }))).toEqual(['posts']);
      expect(fields(await refusal(CreateStaffDto, { ...validStaff(), posts: [Post.Delivery, Post.Delivery] }))).toEqual(['posts']);
    });

    it('refuses a malformed staff number and phone with their own messages', async () => {
      const error = await refusal(CreateStaffDto, { ...validStaff(), staffNo: 'KF 01/1', phone: '138-1234' });
      expect(messageFor(error, 'staffNo')).toBe('staffNo must be 2-20 letters, digits or dashes');
      expect(messageFor(error, 'phone')).toBe('phone must be 7-15 digits, optionally starting with +');
    });

    it('refuses a name longer than 50 characters', async () => {
      const error = await refusal(CreateStaffDto, { ...validStaff(), name: '王'.repeat(51) });
      expect(fields(error)).toEqual(['name']);
    });

    it('refuses a string where a boolean is expected in a body (no implicit conversion)', async () => {
      const error = await refusal(CreateStaffDto, { ...validStaff(), active: 'true' });
      expect(fields(error)).toEqual(['active']);
    });
  });

  describe('ListTasksQueryDto (query strings)', () => {
    it('turns limit "5" into the number 5', async () => {
      const result = (await run(ListTasksQueryDto, { limit: '5', status: TaskStatus.Pending }, 'query')) as ListTasksQueryDto;
      expect(result).toBeInstanceOf(ListTasksQueryDto);
      expect(result.limit).toBe(5);
      expect(result.status).toBe(TaskStatus.Pending);
    });

    it('accepts an empty query (every filter is optional)', async () => {
      const result = (await run(ListTasksQueryDto, {}, 'query')) as ListTasksQueryDto;
      expect(result.limit).toBeUndefined();
    });

    it('refuses a limit that is not a whole number between 1 and 100', async () => {
      for (const limit of ['abc', '0', '101', '2.5', '-1']) {
        const error = await refusal(ListTasksQueryDto, { limit }, 'query');
        expect(new Set(fields(error))).toEqual(new Set(['limit']));
      }
    });

    it('refuses an unknown status and an unknown query parameter', async () => {
      const error = await refusal(ListTasksQueryDto, { status: 'LOST', sort: 'number' }, 'query');
      expect(new Set(fields(error))).toEqual(new Set(['status', 'sort']));
    });

    it('refuses a cursor with characters a cursor never has', async () => {
      const error = await refusal(ListTasksQueryDto, { cursor: "abc'; drop table tasks;--" }, 'query');
      expect(fields(error)).toEqual(['cursor']);
    });
  });

  describe('ListStaffQueryDto (query strings)', () => {
    it('turns active "true" and "false" into booleans', async () => {
      expect(((await run(ListStaffQueryDto, { active: 'true' }, 'query')) as ListStaffQueryDto).active).toBe(true);
      expect(((await run(ListStaffQueryDto, { active: 'false' }, 'query')) as ListStaffQueryDto).active).toBe(false);
    });

    it('refuses any other spelling of a boolean', async () => {
      for (const active of ['yes', '1', 'TRUE']) {
        const error = await refusal(ListStaffQueryDto, { active }, 'query');
        expect(fields(error)).toEqual(['active']);
      }
    });

    it('combines filters and converts the limit', async () => {
      const result = (await run(
        ListStaffQueryDto,
        { group: Group.Emergency, post: Post.GreenChannel, q: '王', limit: '10' },
        'query',
      )) as ListStaffQueryDto;
      expect(result).toEqual(Object.assign(new ListStaffQueryDto(), { group: Group.Emergency, post: Post.GreenChannel, q: '王', limit: 10 }));
    });

    it('refuses an unknown post and an over-long search', async () => {
      const error = await refusal(ListStaffQueryDto, { post: 'PILOT', q: 'x'.repeat(51) }, 'query');
      expect(new Set(fields(error))).toEqual(new Set(['post', 'q']));
    });
  });
});
