/** `13812341234` → `138****1234`: enough to recognise a number, not enough to call it. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  if (phone.length < 11) return `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** `王小明` → `王**`: the family name stays so staff can address the person. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return name ?? null;
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** `ZY20260012` → `******0012`: a record or ID number recognisable by its last four, never whole. */
export function maskTail(value: string | null | undefined, keep = 4): string | null {
  if (!value) return value ?? null;
  const chars = [...value];
  const shown = chars.length > keep * 2 ? keep : Math.floor(chars.length / 2);
  return `${'*'.repeat(chars.length - shown)}${chars.slice(chars.length - shown).join('')}`;
}
