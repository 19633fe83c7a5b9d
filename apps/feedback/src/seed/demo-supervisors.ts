import { CreateSupervisorDto } from '@hospital/contracts';

const PEOPLE: [string, string][] = [
  ['王建国', '市第三中学'],
  ['李秀英', '街道办事处'],
  ['张伟', '市供电公司'],
  ['刘芳', '人民银行支行'],
  ['陈志强', '市公交集团'],
  ['杨丽', '社区居委会'],
  ['赵磊', '市自来水公司'],
  ['黄敏', '市图书馆'],
  ['周涛', '区人大代表'],
  ['吴静', '市邮政局'],
  ['徐军', '市消防救援支队'],
  ['孙燕', '市实验小学'],
  ['马超', '市律师协会'],
  ['朱红', '退休职工协会'],
  ['胡斌', '市电视台'],
];

/** The hospital's 15 social supervisors from nearby employers (demo data; the phones are unique, which keeps the seed idempotent). */
export function demoSupervisors(): CreateSupervisorDto[] {
  return PEOPLE.map(([name, organisation], i) => ({
    name,
    organisation,
    phone: `1390000${String(i + 1).padStart(4, '0')}`,
    appointedOn: '2026-01-15',
  }));
}
