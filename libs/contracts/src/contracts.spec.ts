import { ERROR_HTTP_STATUS, ErrorCode, isWireError } from './common/errors';
import { Post, GROUP_LABELS, Group, POST_LABELS } from './dispatch/enums';

describe('the wire contract', () => {
  it('maps every error code to an HTTP error status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(ERROR_HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });

  it('recognises a wire error by its known code only', () => {
    expect(isWireError({ code: 'TASK_NOT_FOUND', message: 'x' })).toBe(true);
    expect(isWireError({ code: 'SOMETHING_ELSE', message: 'x' })).toBe(false);
    expect(isWireError('Internal server error')).toBe(false);
    expect(isWireError(null)).toBe(false);
  });

  it('has the Chinese label staff see for every group and post', () => {
    for (const group of Object.values(Group)) expect(GROUP_LABELS[group]).toMatch(/组$/);
    for (const post of Object.values(Post)) expect(POST_LABELS[post]).toBeTruthy();
  });
});
