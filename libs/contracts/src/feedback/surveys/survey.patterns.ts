export const SurveyPatterns = {
  create: 'feedback.survey.create',
  list: 'feedback.survey.list',
  get: 'feedback.survey.get',
  questions: 'feedback.survey.questions',
  invite: 'feedback.survey.invite',
  listInvitations: 'feedback.survey.invitations',
  respond: 'feedback.survey.respond',
  satisfaction: 'feedback.satisfaction.get',
} as const;
