import { ValidateBy, ValidationOptions } from 'class-validator';

const PRC_ID = /^[0-9]{17}[0-9X]$/;
const PASSPORT_LIKE = /^[0-9A-Z]{5,20}$/;
const PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PRC_CHECK = '10X98765432';

/**
 * A depositor's identity document number: a PRC resident ID (18 characters, the last a digit
 * or X) or a passport / travel permit number (5-20 letters and digits). A value shaped like a
 * PRC ID must carry the right check character (GB 11643), which catches most typing slips.
 */
export function isIdNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const id = value.trim().toUpperCase();
  if (PRC_ID.test(id)) return prcCheckCharacter(id) === id[17];
  return PASSPORT_LIKE.test(id);
}

/** The check character of the first 17 digits of a PRC resident ID (ISO 7064 MOD 11-2). */
export function prcCheckCharacter(id: string): string {
  const sum = PRC_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return PRC_CHECK[sum % 11];
}

export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdNumber',
      validator: {
        validate: isIdNumber,
        defaultMessage: () =>
          '$property must be an 18-character PRC ID number with a valid check character, or a passport/permit number of 5-20 letters and digits',
      },
    },
    options,
  );
}
