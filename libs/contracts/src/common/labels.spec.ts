import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '../index';
import {
  DESK_LABELS,
  ENUM_LABELS,
  ENUM_MEMBERS,
  EQUIPMENT_TYPE_LABELS,
  EquipmentUnitStatus,
  GROUP_LABELS,
  Group,
  LABEL_LOCALES,
  POST_LABELS,
  SETTABLE_UNIT_STATUSES,
  TaskType,
  UNIT_STATUSES_AFTER_RETURN,
  enumLabel,
  enumLabelsIn,
  isLabelledEnum,
} from '../index';

const SRC = join(__dirname, '..');

/** Every `export enum` written in the contract's sources (specs aside), by name. */
function declaredEnums(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declaredEnums(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/^export enum (\w+)/gm)].map((m) => m[1]);
  });
}

/** What a compiled TypeScript string enum looks like among the module's exports: PascalCase, PascalCase members, string values. */
const looksLikeEnum = (name: string, value: unknown): boolean =>
  /^[A-Z][a-z]/.test(name) &&
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, v]) => /^[A-Z][A-Za-z0-9]*$/.test(key) && typeof v === 'string');

const exported = contracts as unknown as Record<string, unknown>;
const HAN = /\p{Script=Han}/u;
/** Named subsets of an enum's values that OpenAPI shows as enums of their own (an `enumName` on a `readonly E[]`). */
const SUBSETS = { SettableUnitStatus: SETTABLE_UNIT_STATUSES, UnitStatusAfterReturn: UNIT_STATUSES_AFTER_RETURN };

describe('enum labels', () => {
  const enums = declaredEnums();

  it('has a table for every enum declared in the contract, and the table is the exported enum', () => {
    expect(enums.length).toBeGreaterThanOrEqual(51);
    // A new `export enum` without labels fails here: add it to LABELLED in common/labels.ts.
    expect(enums.filter((name) => !isLabelledEnum(name))).toEqual([]);
    for (const name of enums) expect({ name, members: ENUM_MEMBERS[name as keyof typeof ENUM_MEMBERS] }).toEqual({ name, members: exported[name] });
  });

  it('misses no enum the module exports, however it was declared', () => {
    const unlabelled = Object.entries(exported)
      .filter(([name, value]) => looksLikeEnum(name, value))
      .map(([name]) => name)
      .filter((name) => !isLabelledEnum(name));
    expect(unlabelled).toEqual([]);
  });

  it('labels exactly the values of each enum, in Chinese and in English, each label once per enum', () => {
    let values = 0;
    for (const [name, labels] of Object.entries(ENUM_LABELS)) {
      const wire = Object.values(ENUM_MEMBERS[name as keyof typeof ENUM_MEMBERS]).sort();
      expect({ name, values: Object.keys(labels).sort() }).toEqual({ name, values: wire });
      for (const [value, label] of Object.entries(labels)) {
        expect({ name, value, zh: HAN.test(label['zh-CN']), en: label.en.trim().length > 0 }).toEqual({ name, value, zh: true, en: true });
      }
      for (const locale of LABEL_LOCALES) {
        const texts = Object.values(labels).map((label) => label[locale]);
        expect({ name, locale, duplicates: texts.filter((t, i) => texts.indexOf(t) !== i) }).toEqual({ name, locale, duplicates: [] });
      }
      values += wire.length;
    }
    expect(values).toBeGreaterThan(250);
  });

  it('labels the named subsets as their parent enum', () => {
    for (const [name, subset] of Object.entries(SUBSETS)) {
      const key = name as keyof typeof SUBSETS;
      expect(Object.keys(ENUM_LABELS[key]).sort()).toEqual([...subset].sort());
      for (const value of subset) expect(ENUM_LABELS[key][value]).toEqual(ENUM_LABELS.EquipmentUnitStatus[value]);
      expect(Object.values(ENUM_MEMBERS[key]).sort()).toEqual([...subset].sort());
      for (const [member, value] of Object.entries(ENUM_MEMBERS[key])) expect(EquipmentUnitStatus[member as keyof typeof EquipmentUnitStatus]).toBe(value);
    }
  });

  it('takes the Chinese of the tables kept beside their enums (one source)', () => {
    const zh = enumLabelsIn('zh-CN');
    expect(zh.Group).toEqual(GROUP_LABELS);
    expect(zh.Post).toEqual(POST_LABELS);
    expect(zh.Desk).toEqual(DESK_LABELS);
    expect(zh.EquipmentType).toEqual(EQUIPMENT_TYPE_LABELS);
  });

  it('uses the hospital’s own words', () => {
    expect(ENUM_LABELS.Group[Group.InternalMedicine]).toEqual({ 'zh-CN': '内科组', en: 'Internal medicine' });
    expect(enumLabel('TaskType', TaskType.PatientTransport)).toBe('陪检');
    expect(enumLabel('SpecimenKind', 'MORNING_ROUND')).toBe('晨标');
    expect(enumLabel('LinenKind', 'DIRTY')).toBe('污包');
    expect(enumLabel('ClaimMethod', 'PROXY')).toBe('委托领取');
    expect(enumLabel('AwardKind', 'STAR_STAFF', 'en')).toBe('Star staff');
  });

  it('answers undefined for a value the enum does not have, and never reads inherited keys', () => {
    expect(enumLabel('Group', 'CARDIOLOGY')).toBeUndefined();
    expect(enumLabel('Group', 'toString')).toBeUndefined();
    expect(isLabelledEnum('toString')).toBe(false);
  });
});
