import { INestApplication } from '@nestjs/common';
import { ENUM_LABELS, ErrorCode, LABEL_LOCALES, Role } from '@hospital/contracts';
import request from 'supertest';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { LABELS_CACHE_CONTROL, MetaController } from './meta.controller';

/** GET /meta/labels as the gateway serves it (validation, AuthGuard, the no-store edge, problem+json). */
describe('GET /api/v1/meta/labels', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([MetaController], rpc));
  });

  afterAll(() => app.close());

  it('answers anyone, without an account, every value of every enum in every locale, from the contract alone', async () => {
    const res = await http.get('/api/v1/meta/labels');
    expect(res.status).toBe(200);
    expect(res.body.locales).toEqual(['zh-CN', 'en']);
    expect(res.body.enums).toEqual(ENUM_LABELS);
    expect(res.body.enums.Group.INTERNAL_MEDICINE).toEqual({ 'zh-CN': '内科组', en: 'Internal medicine' });
    expect(res.body.enums.TaskType.PATIENT_TRANSPORT['zh-CN']).toBe('陪检');
    expect(res.body.enums.ErrorCode.DEPOSIT_LOCKED['zh-CN']).toBeTruthy();
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('answers a caller with credentials the same', async () => {
    const res = await http.get('/api/v1/meta/labels').set(bearerFor(Role.Worker));
    expect(res.status).toBe(200);
    expect(res.body.enums).toEqual(ENUM_LABELS);
  });

  it('with ?locale=, one string per value', async () => {
    const zh = await http.get('/api/v1/meta/labels?locale=zh-CN');
    expect(zh.status).toBe(200);
    expect(zh.body.locale).toBe('zh-CN');
    expect(zh.body.enums.Group).toEqual({ INTERNAL_MEDICINE: '内科组', SURGERY: '外科组', EMERGENCY: '急诊组' });
    expect(zh.body.enums.SpecimenKind.MORNING_ROUND).toBe('晨标');
    expect(Object.keys(zh.body.enums)).toEqual(Object.keys(ENUM_LABELS));

    const en = await http.get('/api/v1/meta/labels?locale=en');
    expect(en.body).toEqual({ locale: 'en', enums: expect.objectContaining({ Group: { INTERNAL_MEDICINE: 'Internal medicine', SURGERY: 'Surgery', EMERGENCY: 'Emergency' } }) });
  });

  it('may be cached, unlike the rest of the API, and revalidates by ETag: 304 without a body while unchanged', async () => {
    const first = await http.get('/api/v1/meta/labels');
    expect(first.headers['cache-control']).toBe(LABELS_CACHE_CONTROL);
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);

    const again = await http.get('/api/v1/meta/labels').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toBe(LABELS_CACHE_CONTROL);

    const stale = await http.get('/api/v1/meta/labels').set('If-None-Match', '"something-older"');
    expect(stale.status).toBe(200);
  });

  it('gives each locale its own ETag', async () => {
    const tags = await Promise.all(['', ...LABEL_LOCALES.map((l) => `?locale=${l}`)].map(async (q) => (await http.get(`/api/v1/meta/labels${q}`)).headers['etag']));
    expect(new Set(tags).size).toBe(3);
    // The same answer twice, the same tag.
    expect((await http.get('/api/v1/meta/labels?locale=zh-CN')).headers['etag']).toBe(tags[1]);
  });

  it.each(['fr', 'zh', 'ZH-CN', ''])('refuses locale=%j with 400 naming the field and the value, and that refusal is not cached', async (locale) => {
    const res = await http.get('/api/v1/meta/labels').query({ locale });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(ErrorCode.ValidationFailed);
    expect(res.body.errors).toEqual([{ field: 'locale', message: `locale ${JSON.stringify(locale)} is not one of zh-CN, en` }]);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses an unknown query parameter like every route', async () => {
    const res = await http.get('/api/v1/meta/labels?lang=en');
    expect(res.status).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
