import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from './errors';

class FieldErrorDto {
  @ApiProperty({ description: 'Dotted path of the offending field', example: 'origin.department' })
  field: string;

  @ApiProperty({ description: 'What is wrong with it', example: 'origin.department should not be empty' })
  message: string;
}

/** RFC 9457 problem details, as every error leaves the gateway (`application/problem+json`). */
export class ProblemDto {
  @ApiProperty({ description: 'URI identifying the problem type', example: 'urn:hospital:problem:validation-failed' })
  type: string;

  @ApiProperty({ description: 'Short summary of the problem type', example: 'Validation failed' })
  title: string;

  @ApiProperty({ type: 'integer', description: 'HTTP status code', example: 400 })
  status: number;

  @ApiPropertyOptional({ description: 'What went wrong with this request' })
  detail?: string;

  @ApiProperty({ description: 'The request path', example: '/api/v1/dispatch/tasks' })
  instance: string;

  @ApiProperty({
    enum: ErrorCode,
    enumName: 'ErrorCode',
    description: 'Stable machine-readable error code: switch on this, not on `detail`. The list is closed; its HTTP status is fixed per code (ERROR_HTTP_STATUS)',
    example: ErrorCode.ValidationFailed,
  })
  code: ErrorCode;

  @ApiProperty({ description: 'Correlation id of this request (also in the X-Request-Id header)' })
  requestId: string;

  @ApiPropertyOptional({ type: FieldErrorDto, isArray: true, description: 'Every bad field of a 400, and the field a rule refused on most 422s' })
  errors?: FieldErrorDto[];
}
