import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { trimString } from '../../common/transforms';

/** How a question is answered; the kind fixes the range an answer must fall in. */
export enum SurveyQuestionKind {
  /** 1 (very dissatisfied) to 5 (very satisfied): these make the response's mean. */
  Likert5 = 'LIKERT_5',
  YesNo = 'YES_NO',
  /** 0 to 10, "would you recommend us": the response's NPS answer. */
  Nps10 = 'NPS_10',
  Text = 'TEXT',
}

export class SurveyQuestionDto {
  @ApiProperty({ description: 'Id of the question within its survey; answers name it', example: 'attitude', pattern: '^[a-z0-9_-]{1,40}$' })
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'id must be 1–40 lowercase letters, digits, _ or -' })
  id: string;

  @ApiProperty({ description: 'The question as the patient reads it', example: '陪检人员的服务态度', minLength: 1, maxLength: 300 })
  @Transform(trimString)
  @IsString()
  @Length(1, 300)
  text: string;

  @ApiProperty({ enum: SurveyQuestionKind, enumName: 'SurveyQuestionKind', description: 'LIKERT_5 1–5, YES_NO true/false, NPS_10 0–10, TEXT free text' })
  @IsEnum(SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @ApiProperty({ description: 'Whether a response must answer it' })
  @IsBoolean()
  required: boolean;
}

export class CreateSurveyDto {
  @ApiProperty({ description: 'Title of the questionnaire', example: '陪检服务满意度调查', minLength: 1, maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ type: SurveyQuestionDto, isArray: true, description: 'The questions, in the order asked (1–30, ids unique)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionDto)
  questions: SurveyQuestionDto[];
}

export class SurveyDto {
  @ApiProperty({ format: 'uuid', description: 'Survey (template) id' })
  id: string;

  @ApiProperty({ description: 'Title of the questionnaire' })
  title: string;

  @ApiProperty({ type: String, nullable: true, description: 'Set on the standard templates: PATIENT_TRANSPORT (sent automatically after a transport job) or SUPERVISOR' })
  purpose: string | null;

  @ApiProperty({ type: SurveyQuestionDto, isArray: true, description: 'The questions, in the order asked' })
  questions: SurveyQuestionDto[];

  @ApiProperty({ description: 'Who created it (user id, or "system" for the standard ones)' })
  createdBy: string;

  @ApiProperty({ format: 'date-time', description: 'When it was created' })
  createdAt: string;
}

/** What a respondent without an account sees: the questions to answer, nothing about who wrote them. */
export class SurveyFormDto {
  @ApiProperty({ format: 'uuid', description: 'Survey id' })
  id: string;

  @ApiProperty({ description: 'Title of the questionnaire' })
  title: string;

  @ApiProperty({ type: SurveyQuestionDto, isArray: true, description: 'The questions, in the order asked' })
  questions: SurveyQuestionDto[];
}

export class SurveyPageDto extends PageOf(SurveyDto) {}

export class ListSurveysQueryDto extends PageQueryDto {}

export class SurveyIdDto {
  @ApiProperty({ format: 'uuid', description: 'Survey id' })
  @IsUUID()
  id: string;
}
