import { StaffDirectoryEntry } from '../staff-directory/staff-directory.entity';
import { SurveyTemplateEntity } from '../surveys/survey-template.entity';
import { SurveyInvitationEntity } from '../surveys/survey-invitation.entity';
import { SurveyResponseEntity } from '../surveys/survey-response.entity';
import { SocialSupervisorEntity } from '../supervisors/social-supervisor.entity';
import { CreateSurveys1764100000200 } from './migrations/1764100000200-CreateSurveys';
import { CreateStaffDirectory1763900000100 } from './migrations/1763900000100-CreateStaffDirectory';
import { CreateComplaints1764100000100 } from './migrations/1764100000100-CreateComplaints';
import { CreatePraises1764100000110 } from './migrations/1764100000110-CreatePraises';
import { PraiseEntity } from '../praises/praise.entity';
import { CreateFollowUps1764100000150 } from './migrations/1764100000150-CreateFollowUps';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { ComplaintEntity } from '../complaints/complaint.entity';
import { ComplaintEventEntity } from '../complaints/complaint-event.entity';
import { CreateEvaluation1764100000300 } from './migrations/1764100000300-CreateEvaluation';
import { EvaluationRuleEntity } from '../evaluation/rules/evaluation-rule.entity';

export const FEEDBACK_ENTITIES = [StaffDirectoryEntry, SurveyTemplateEntity, SurveyInvitationEntity, SurveyResponseEntity, SocialSupervisorEntity, ComplaintEntity, ComplaintEventEntity, PraiseEntity, FollowUpEntity, EvaluationRuleEntity];
export const FEEDBACK_MIGRATIONS = [CreateStaffDirectory1763900000100, CreateComplaints1764100000100, CreatePraises1764100000110, CreateFollowUps1764100000150, CreateSurveys1764100000200, CreateEvaluation1764100000300];
