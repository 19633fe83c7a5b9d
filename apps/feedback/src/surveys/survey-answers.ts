import { FieldError, SurveyAnswerDto, SurveyQuestionDto, SurveyQuestionKind } from '@hospital/contracts';

export interface ScoredAnswers {
  errors: FieldError[];
  /** Mean of the LIKERT_5 answers; null when none was given. */
  likertMean: number | null;
  /** The first NPS_10 answer, when given. */
  nps: number | null;
}

const MAX_TEXT = 2000;
const isIntIn = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function rangeError(question: SurveyQuestionDto, value: unknown): string | null {
  switch (question.kind) {
    case SurveyQuestionKind.Likert5:
      return isIntIn(value, 1, 5) ? null : `question ${question.id} takes a whole number from 1 to 5`;
    case SurveyQuestionKind.Nps10:
      return isIntIn(value, 0, 10) ? null : `question ${question.id} takes a whole number from 0 to 10`;
    case SurveyQuestionKind.YesNo:
      return typeof value === 'boolean' ? null : `question ${question.id} takes true or false`;
    case SurveyQuestionKind.Text:
      return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TEXT
        ? null
        : `question ${question.id} takes a text of 1 to ${MAX_TEXT} characters`;
  }
}

/** Checks answers against the survey's questions (kind ranges, required, unknown or repeated ids) and scores them. */
export function scoreAnswers(questions: SurveyQuestionDto[], answers: SurveyAnswerDto[]): ScoredAnswers {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const likert: number[] = [];
  let nps: number | null = null;
  answers.forEach((answer, i) => {
    const question = byId.get(answer.questionId);
    if (!question) {
      errors.push({ field: `answers[${i}].questionId`, message: `the survey has no question ${answer.questionId}` });
      return;
    }
    if (seen.has(question.id)) {
      errors.push({ field: `answers[${i}].questionId`, message: `question ${question.id} is answered more than once` });
      return;
    }
    seen.add(question.id);
    const problem = rangeError(question, answer.value);
    if (problem) {
      errors.push({ field: `answers[${i}].value`, message: problem });
      return;
    }
    if (question.kind === SurveyQuestionKind.Likert5) likert.push(answer.value as number);
    if (question.kind === SurveyQuestionKind.Nps10 && nps === null) nps = answer.value as number;
  });
  for (const question of questions) {
    if (question.required && !seen.has(question.id)) {
      errors.push({ field: 'answers', message: `question ${question.id} is required` });
    }
  }
  const likertMean = likert.length ? likert.reduce((a, b) => a + b, 0) / likert.length : null;
  return { errors, likertMean, nps };
}

/** Ids must be unique within a survey: answers name questions by id. */
export function duplicateQuestionIds(questions: SurveyQuestionDto[]): FieldError[] {
  const seen = new Set<string>();
  return questions.flatMap((q, i) => {
    if (seen.has(q.id)) return [{ field: `questions[${i}].id`, message: `question id ${q.id} is used twice` }];
    seen.add(q.id);
    return [];
  });
}
