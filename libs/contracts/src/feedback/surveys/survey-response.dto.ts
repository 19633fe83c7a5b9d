import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { FeedbackChannel } from '../enums';
import { SurveyIdDto } from './survey.dto';

export class SurveyAnswerDto {
  @ApiProperty({ description: 'The question answered (its id in the survey)', example: 'attitude' })
  @IsString()
  @Length(1, 40)
  questionId: string;

  @ApiProperty({
    oneOf: [{ type: 'integer' }, { type: 'boolean' }, { type: 'string' }],
    description: 'LIKERT_5: integer 1–5; NPS_10: integer 0–10; YES_NO: true/false; TEXT: 1–2000 characters',
    example: 5,
  })
  @IsDefined()
  value: number | boolean | string;
}

export class SubmitResponseBodyDto {
  @ApiProperty({ description: 'The invitation token the respondent was given', example: 'q3Jk0vYV0m6Cq8kqX4rR2w' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'token must be the token of an invitation' })
  token: string;

  @ApiProperty({ type: SurveyAnswerDto, isArray: true, description: 'One answer per question answered; every required question must be answered' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerDto)
  answers: SurveyAnswerDto[];
}

export class SubmitResponseRequestDto extends IntersectionType(SurveyIdDto, SubmitResponseBodyDto) {}

/** What the respondent gets back: a receipt, nothing about whom it concerns. */
export class SurveyResponseReceiptDto {
  @ApiProperty({ format: 'uuid', description: 'Response id' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The survey answered' })
  surveyId: string;

  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'The channel it counts under' })
  channel: FeedbackChannel;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the 1–5 answers, null when the survey has none' })
  likertMean: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The 0–10 answer, when asked' })
  nps: number | null;

  @ApiProperty({ format: 'date-time', description: 'When it was received' })
  answeredAt: string;
}
