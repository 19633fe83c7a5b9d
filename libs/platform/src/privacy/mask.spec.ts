import { maskName, maskPhone, maskTail } from './mask';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('keeps the length, so the shape of the number is still recognisable', () => {
    for (const phone of ['13812341234', '+8613812341234', '02112345678', '1234567', '1234']) {
      expect(maskPhone(phone)).toHaveLength(phone.length);
    }
  });

  it('never shows the hidden middle of a long number', () => {
    const masked = maskPhone('+8613812341234')!;
    expect(masked).toBe('+86*******1234');
    expect(masked).not.toContain('138');
  });

  it('shows only the last four digits of a short number', () => {
    expect(maskPhone('1234567')).toBe('***4567');
    expect(maskPhone('12345678')).toBe('****5678');
    expect(maskPhone('0108765432')).toBe('******5432');
    expect(maskPhone('12345')).toBe('*2345');
  });

  it('hides an extension of four digits or fewer completely', () => {
    expect(maskPhone('8021')).toBe('****');
    expect(maskPhone('120')).toBe('***');
  });

  it('passes through a missing number as null', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
  });

  it('leaves an empty string empty (nothing to hide)', () => {
    expect(maskPhone('')).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the family name and hides the given name', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('李娜')).toBe('李*');
  });

  it('hides a one-character name completely', () => {
    expect(maskName('王')).toBe('*');
  });

  it('counts characters, not UTF-16 code units, so rare characters are masked as one', () => {
    // 𠀀 is outside the BMP (two code units); it must neither be split nor leak half of itself.
    expect(maskName('𠀀明')).toBe('𠀀*');
    expect(maskName('明𠀀')).toBe('明*');
  });

  it('masks a latin name after its first letter', () => {
    expect(maskName('Anna')).toBe('A***');
  });

  it('passes through a missing name as null', () => {
    expect(maskName(null)).toBeNull();
    expect(maskName(undefined)).toBeNull();
  });
});

describe('maskTail', () => {
  it('keeps only the last four characters of a record number', () => {
    expect(maskTail('ZY20260012')).toBe('******0012');
  });

  it('shows at most half of a short value, so a short number is never given away', () => {
    expect(maskTail('AB12')).toBe('**12');
    expect(maskTail('12345678')).toBe('****5678');
    expect(maskTail('1234567')).toBe('****567');
  });

  it('passes through a missing value as null', () => {
    expect(maskTail(null)).toBeNull();
    expect(maskTail('')).toBe('');
  });
});
