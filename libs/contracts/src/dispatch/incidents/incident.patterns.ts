export const IncidentPatterns = {
  report: 'dispatch.incident.report',
  listForTask: 'dispatch.incident.list',
  confirm: 'dispatch.incident.confirm',
  dismiss: 'dispatch.incident.dismiss',
} as const;
