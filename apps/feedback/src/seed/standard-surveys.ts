import { SurveyQuestionDto, SurveyQuestionKind } from '@hospital/contracts';
import { PATIENT_TRANSPORT_PURPOSE, SUPERVISOR_PURPOSE } from '../surveys/survey-purposes';

const q = (id: string, text: string, kind: SurveyQuestionKind, required = true): SurveyQuestionDto => ({ id, text, kind, required });

/** The two standard templates, by purpose: the patient-transport survey and the social supervisors' form. */
export const STANDARD_SURVEYS: { purpose: string; title: string; questions: SurveyQuestionDto[] }[] = [
  {
    purpose: PATIENT_TRANSPORT_PURPOSE,
    title: '陪检运送服务满意度调查',
    questions: [
      q('attitude', '陪检人员的服务态度', SurveyQuestionKind.Likert5),
      q('punctuality', '陪检人员是否准时到达', SurveyQuestionKind.Likert5),
      q('safety', '转运过程中您是否感到安全舒适', SurveyQuestionKind.Likert5),
      q('explained', '陪检人员是否向您说明了检查地点和注意事项', SurveyQuestionKind.YesNo),
      q('recommend', '您有多大可能向亲友推荐我院的陪检服务（0–10）', SurveyQuestionKind.Nps10),
      q('comments', '其他意见或建议', SurveyQuestionKind.Text, false),
    ],
  },
  {
    purpose: SUPERVISOR_PURPOSE,
    title: '社会监督员服务评议表',
    questions: [
      q('attitude', '窗口及服务人员的服务态度', SurveyQuestionKind.Likert5),
      q('environment', '就医环境（整洁、标识、秩序）', SurveyQuestionKind.Likert5),
      q('process', '就医流程是否便捷', SurveyQuestionKind.Likert5),
      q('waiting', '候诊、候检等候时间', SurveyQuestionKind.Likert5),
      q('integrity', '是否发现收受红包、推诿病人等行为', SurveyQuestionKind.YesNo),
      q('recommend', '您有多大可能向他人推荐本院（0–10）', SurveyQuestionKind.Nps10),
      q('findings', '发现的问题与改进建议', SurveyQuestionKind.Text, false),
    ],
  },
];
