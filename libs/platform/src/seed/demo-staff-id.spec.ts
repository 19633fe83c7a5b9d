import { demoStaffId } from './demo-staff-id';

describe('demoStaffId', () => {
  it('gives one staff number the same uuid in every process, and different numbers different ids', () => {
    expect(demoStaffId('NK010')).toBe(demoStaffId('NK010'));
    expect(demoStaffId('NK010')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoStaffId('NK010')).not.toBe(demoStaffId('NK011'));
  });
});
