/** The purpose marking the template that is sent automatically after each patient-transport job. */
export const PATIENT_TRANSPORT_PURPOSE = 'PATIENT_TRANSPORT';
/** The purpose marking the template social supervisors rate the hospital with (channel SUPERVISOR). */
export const SUPERVISOR_PURPOSE = 'SUPERVISOR';
