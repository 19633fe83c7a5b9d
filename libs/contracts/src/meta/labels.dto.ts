import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ENUM_LABELS, EnumLabel, enumLabelsIn, LABEL_LOCALES, LabelLocale } from '../common/labels';

/** What the examples of GET /meta/labels show: two of the enums, as the table has them. */
const EXAMPLE_ENUMS = ['Group', 'TaskPriority'] as const;

export class LabelsQueryDto {
  @ApiPropertyOptional({
    enum: LABEL_LOCALES,
    enumName: 'LabelLocale',
    description: 'One locale only: each value maps to its label in that locale. Without it, every locale of every value.',
    example: 'zh-CN',
  })
  @IsOptional()
  @IsIn(LABEL_LOCALES, { message: ({ value }) => `locale ${JSON.stringify(value)} is not one of ${LABEL_LOCALES.join(', ')}` })
  locale?: LabelLocale;
}

/** One value's label in every locale. */
export class EnumLabelDto implements EnumLabel {
  @ApiProperty({ description: 'Simplified Chinese, as the center’s staff say it', example: '内科组' })
  'zh-CN': string;

  @ApiProperty({ description: 'English', example: 'Internal medicine' })
  en: string;
}

/** Every enum of the API, each value with its label in every locale. */
export class LabelsDto {
  @ApiProperty({ enum: LABEL_LOCALES, enumName: 'LabelLocale', isArray: true, description: 'The locales every label is given in', example: LABEL_LOCALES })
  locales: LabelLocale[];

  @ApiProperty({
    type: 'object',
    description:
      'Enum name as in this document’s schemas (`Group`, `TaskType`, …) → wire value (`INTERNAL_MEDICINE`) → its labels. ' +
      'Every value of every enum is there.',
    additionalProperties: { type: 'object', additionalProperties: { $ref: getSchemaPath(EnumLabelDto) } },
    example: Object.fromEntries(EXAMPLE_ENUMS.map((name) => [name, ENUM_LABELS[name]])),
  })
  enums: Record<string, Record<string, EnumLabelDto>>;
}

/** Every enum of the API in one locale (`?locale=`): each value maps to one string. */
export class LocalizedLabelsDto {
  @ApiProperty({ enum: LABEL_LOCALES, enumName: 'LabelLocale', description: 'The locale asked for', example: 'zh-CN' })
  locale: LabelLocale;

  @ApiProperty({
    type: 'object',
    description: 'Enum name → wire value → its label in `locale`',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
    example: Object.fromEntries(EXAMPLE_ENUMS.map((name) => [name, enumLabelsIn('zh-CN')[name]])),
  })
  enums: Record<string, Record<string, string>>;
}
