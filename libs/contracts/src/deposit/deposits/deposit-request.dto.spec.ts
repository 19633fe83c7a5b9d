import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { ClaimMethod } from '../enums';
import { CheckInDepositDto, ClaimDepositRequestDto, ListDepositsQueryDto, LookupDepositQueryDto } from './deposit-request.dto';
import { isIdNumber } from './id-number';

/** The dotted paths of the fields refused, as the validation pipe reports them. */
async function refusedFields(type: new () => object, plain: object): Promise<string[]> {
  const flatten = (errors: ValidationError[], prefix = ''): string[] =>
    errors.flatMap((e) => (e.children?.length ? flatten(e.children, `${prefix}${e.property}.`) : [`${prefix}${e.property}`]));
  return flatten(await validate(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }));
}

const checkIn = {
  desk: 'INPATIENT_LOBBY',
  depositor: { name: '王小明', phone: '13812341234', idNumber: '11010519491231002x' },
  description: '黑色双肩包一个',
  pieceCount: 1,
  sealed: true,
  categories: ['CLOTHING'],
};

describe('ID numbers', () => {
  it('accepts a PRC resident ID with the right check character, in either case', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('11010519491231002x')).toBe(true);
    expect(isIdNumber('440304199001011233')).toBe(true);
  });

  it('refuses a PRC resident ID with a typing slip (wrong check character)', () => {
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('440304199001011232')).toBe(false);
  });

  it('accepts passport and permit numbers of 5 to 20 letters and digits, nothing else', () => {
    for (const ok of ['E12345678', 'H1234567801', 'AB123']) expect(isIdNumber(ok)).toBe(true);
    for (const bad of ['AB12', 'E1234-5678', 'A'.repeat(21), '', 42]) expect(isIdNumber(bad)).toBe(false);
  });
});

describe('CheckInDepositDto', () => {
  it('accepts a complete check-in', async () => {
    expect(await refusedFields(CheckInDepositDto, checkIn)).toEqual([]);
  });

  it('names the depositor’s ID number when it is not one', async () => {
    const bad = { ...checkIn, depositor: { ...checkIn.depositor, idNumber: '110105194912310021' } };
    expect(await refusedFields(CheckInDepositDto, bad)).toEqual(['depositor.idNumber']);
  });

  it('needs 1 to 20 pieces and at least one category', async () => {
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, pieceCount: 21 })).toEqual(['pieceCount']);
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, pieceCount: 0 })).toEqual(['pieceCount']);
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, categories: [] })).toEqual(['categories']);
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, categories: ['PLUTONIUM'] })).toEqual(['categories']);
  });

  it('takes an optional tag of at least 1 and an optional place with kind and label', async () => {
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, tagNo: 0 })).toEqual(['tagNo']);
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, place: { kind: 'PARCEL_CABINET', label: 'A-03' } })).toEqual([]);
    expect(await refusedFields(CheckInDepositDto, { ...checkIn, place: { kind: 'ATTIC', label: '' } })).toEqual(['place.kind', 'place.label']);
  });
});

describe('ClaimDepositRequestDto', () => {
  const id = '6f1c0a52-3b5e-4d8e-9a55-0d6b2b8f7c11';

  it('needs the pickup code for a code claim', async () => {
    expect(await refusedFields(ClaimDepositRequestDto, { id, method: ClaimMethod.PickupCode })).toEqual(['pickupCode']);
    expect(await refusedFields(ClaimDepositRequestDto, { id, method: ClaimMethod.PickupCode, pickupCode: 'k7qx2m9p' })).toEqual([]);
  });

  it('needs the ID number for a lost-ticket claim; the confirmation is the service’s to refuse (422)', async () => {
    expect(await refusedFields(ClaimDepositRequestDto, { id, method: ClaimMethod.LostTicket })).toEqual(['idNumber']);
    expect(await refusedFields(ClaimDepositRequestDto, { id, method: ClaimMethod.LostTicket, idNumber: '11010519491231002X' })).toEqual([]);
  });

  it('needs code, ID number and the collector’s name for a proxy claim, and takes no approver from the body', async () => {
    expect(await refusedFields(ClaimDepositRequestDto, { id, method: ClaimMethod.Proxy })).toEqual(['pickupCode', 'idNumber', 'proxyName']);
    const proxy = { id, method: ClaimMethod.Proxy, pickupCode: 'K7QX2M9P', idNumber: '11010519491231002X', proxyName: '李四' };
    expect(await refusedFields(ClaimDepositRequestDto, proxy)).toEqual([]);
    expect(await refusedFields(ClaimDepositRequestDto, { ...proxy, approvedBy: 'someone' })).toEqual(['approvedBy']);
  });
});

describe('list and look-up queries', () => {
  it('reads numbers from the query string and days as YYYY-MM-DD', async () => {
    expect(await refusedFields(ListDepositsQueryDto, { tagNo: '17', date: '2026-11-23' })).toEqual([]);
    expect(await refusedFields(ListDepositsQueryDto, { date: '23.11.2026', from: '2026-02-30' })).toEqual(['date', 'from']);
  });

  it('takes a code of letters and digits only', async () => {
    expect(await refusedFields(LookupDepositQueryDto, { code: 'k7qx2m9p' })).toEqual([]);
    expect(await refusedFields(LookupDepositQueryDto, { code: "' OR 1=1" })).toEqual(['code']);
  });
});
