import type { GatewayConfig } from '../../config';
import { PasswordPolicy } from './password-policy';
import { temporaryPassword } from './temporary-password';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy({ passwords: { minLength: 10 } } as GatewayConfig);

  it('accepts a long passphrase that is neither the username nor a common password', () => {
    expect(policy.problemWith('ward5-night-lantern', 'zhang.wei')).toBeNull();
  });

  it('refuses one shorter than the minimum, counting characters (not bytes) so Chinese passphrases are fair', () => {
    expect(policy.problemWith('short-pw1', 'zhang.wei')).toBe('must be at least 10 characters');
    expect(policy.problemWith('夜班护士站五病区灯火明', 'zhang.wei')).toBeNull();
  });

  it('refuses the username inside the password, whatever the case, and the local part of an e-mail-like username', () => {
    expect(policy.problemWith('Zhang.Wei-2026!', 'zhang.wei')).toBe('must not contain the username');
    expect(policy.problemWith('li.na-secret-77', 'li.na@hospital.example')).toBe('must not contain the username');
  });

  it('refuses commonly used passwords, also with a digit or symbol appended', () => {
    expect(policy.problemWith('qwertyuiop', 'zhang.wei')).toMatch(/commonly used/);
    expect(policy.problemWith('Password123', 'zhang.wei')).toMatch(/commonly used/);
    expect(policy.problemWith('iloveyou2026!', 'zhang.wei')).toMatch(/commonly used/);
  });
});

describe('temporaryPassword', () => {
  it('is four groups of four unambiguous characters, different every time, and passes the policy', () => {
    const policy = new PasswordPolicy({ passwords: { minLength: 16 } } as GatewayConfig);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
      expect(policy.problemWith(password, 'zhang.wei')).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
