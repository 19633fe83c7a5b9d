import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  ENUM_LABELS,
  EnumLabelDto,
  enumLabelsIn,
  LABEL_LOCALES,
  LabelLocale,
  LabelsDto,
  LabelsQueryDto,
  LocalizedLabelsDto,
  ProblemDto,
} from '@hospital/contracts';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { ApiPublic } from '../identity';
import { Unlimited } from '../http/rate-limits';

/**
 * The one answer of the API a browser or a proxy may keep (every other one is `no-store`,
 * http/no-store.middleware.ts): labels are the same for every caller, hold no personal data and
 * change only with a release. An hour, then a revalidation by ETag (304, no body).
 */
export const LABELS_CACHE_CONTROL = 'public, max-age=3600';

interface Answer<T> {
  body: T;
  /** Strong: the same bytes for as long as the contract's tables are the same. */
  etag: string;
}

const answerOf = <T>(body: T): Answer<T> => ({
  body,
  etag: `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`,
});

// Built once: the tables are constants of the contract.
const EVERY_LOCALE: Answer<LabelsDto> = answerOf({ locales: [...LABEL_LOCALES], enums: ENUM_LABELS });
const ONE_LOCALE = Object.fromEntries(
  LABEL_LOCALES.map((locale) => [locale, answerOf<LocalizedLabelsDto>({ locale, enums: enumLabelsIn(locale) })]),
) as Record<LabelLocale, Answer<LocalizedLabelsDto>>;

const ETAG_HEADER = { description: 'Send it back as If-None-Match to revalidate', schema: { type: 'string' } };
const CACHE_HEADER = { description: `\`${LABELS_CACHE_CONTROL}\``, schema: { type: 'string' } };

/** What the platform says about itself to every client, with or without an account: today, the labels of its enums. */
@ApiTags('meta')
@Controller('meta')
export class MetaController {
  @Get('labels')
  @ApiPublic()
  @Unlimited()
  @ApiOperation({
    summary: 'The zh-CN and English label of every value of every enum of the API (内科组, 陪检, 急标 …); no account needed',
    description:
      'Show these instead of the wire values, rather than copying them into a front end. Enum names are those of this ' +
      'document’s schemas, whose `x-enum-descriptions` carry the same labels. With `locale`, one string per value. ' +
      `Unlike the rest of the API the answer may be cached (\`Cache-Control: ${LABELS_CACHE_CONTROL}\`); revalidate with ` +
      '`If-None-Match` and the ETag: 304 while nothing changed. Not rate limited: every screen of a ward loads it at shift change.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a copy already held' })
  @ApiExtraModels(LabelsDto, LocalizedLabelsDto, EnumLabelDto)
  @ApiOkResponse({
    description: 'Every locale (`LabelsDto`), or with `locale` that one (`LocalizedLabelsDto`)',
    headers: { ETag: ETAG_HEADER, 'Cache-Control': CACHE_HEADER },
    content: {
      'application/json': {
        schema: { oneOf: [{ $ref: getSchemaPath(LabelsDto) }, { $ref: getSchemaPath(LocalizedLabelsDto) }] },
        examples: {
          everyLocale: {
            summary: 'Without locale (two of the enums shown)',
            value: { locales: LABEL_LOCALES, enums: { Group: ENUM_LABELS.Group, TaskPriority: ENUM_LABELS.TaskPriority } },
          },
          oneLocale: {
            summary: '?locale=zh-CN (two of the enums shown)',
            value: { locale: 'zh-CN', enums: { Group: ONE_LOCALE['zh-CN'].body.enums['Group'], TaskPriority: ONE_LOCALE['zh-CN'].body.enums['TaskPriority'] } },
          },
        },
      },
    },
  })
  @ApiNotModifiedResponse({ description: 'If-None-Match named the current ETag: the copy held is still right (no body)', headers: { ETag: ETAG_HEADER, 'Cache-Control': CACHE_HEADER } })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'locale is not zh-CN or en (`errors` names the field and the value sent), or another query parameter was sent (code VALIDATION_FAILED)' })
  labels(@Query() { locale }: LabelsQueryDto, @Res({ passthrough: true }) res: Response): LabelsDto | LocalizedLabelsDto {
    const answer = locale === undefined ? EVERY_LOCALE : ONE_LOCALE[locale];
    // Only here, after validation: a refusal keeps no-store. Express answers 304 itself when If-None-Match matches.
    res.setHeader('Cache-Control', LABELS_CACHE_CONTROL);
    res.setHeader('ETag', answer.etag);
    return answer.body;
  }
}
