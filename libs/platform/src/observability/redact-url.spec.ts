import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides the value of a pickup code or token in the query, keeping the rest for support', () => {
    expect(redactUrl('/api/v1/deposits/lookup?code=7KQ2M9XA')).toBe('/api/v1/deposits/lookup?code=%5Bredacted%5D');
    expect(redactUrl('/api/v1/dispatch/board/stream?group=SURGERY&access_token=eyJhbGci')).toBe(
      '/api/v1/dispatch/board/stream?group=SURGERY&access_token=%5Bredacted%5D',
    );
    expect(redactUrl('/x?Token=abc')).not.toContain('abc');
    expect(redactUrl('/api/v1/dispatch/board/stream?ticket=bst_Zm9vYmFy&lastEventId=48211')).toBe(
      '/api/v1/dispatch/board/stream?ticket=%5Bredacted%5D&lastEventId=48211',
    );
  });

  it('leaves URLs without secrets exactly as they were', () => {
    expect(redactUrl('/api/v1/dispatch/tasks?status=PENDING&limit=20')).toBe('/api/v1/dispatch/tasks?status=PENDING&limit=20');
    expect(redactUrl('/api/v1/health')).toBe('/api/v1/health');
    expect(redactUrl(undefined)).toBeUndefined();
  });
});
