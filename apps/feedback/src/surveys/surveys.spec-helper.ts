import { CreateSurveyDto, Role, SurveyQuestionKind } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';

export const supervisorActor = actors.user(Role.Supervisor, { id: randomUUID() });
export const clerkActor = actors.user(Role.DeskClerk, { id: randomUUID() });

/** Two Likert questions, one NPS, a yes/no and an optional text. */
export const transportSurvey: CreateSurveyDto = {
  title: '陪检满意度',
  questions: [
    { id: 'attitude', text: '服务态度', kind: SurveyQuestionKind.Likert5, required: true },
    { id: 'punctuality', text: '是否准时', kind: SurveyQuestionKind.Likert5, required: true },
    { id: 'recommend', text: '推荐意愿', kind: SurveyQuestionKind.Nps10, required: true },
    { id: 'explained', text: '是否说明注意事项', kind: SurveyQuestionKind.YesNo, required: false },
    { id: 'comments', text: '其他意见', kind: SurveyQuestionKind.Text, required: false },
  ],
};

/** A staff member in the feedback read model, as dispatch's staff events would have put them there. */
export async function addStaff(service: ServiceUnderTest, name = '张三', group = 'TRANSPORT'): Promise<string> {
  const id = randomUUID();
  await service.query(
    `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
     VALUES ($1, $2, $3, $4, '{}', true, 1, now())`,
    [id, `T${id.slice(0, 6)}`, name, group],
  );
  return id;
}
