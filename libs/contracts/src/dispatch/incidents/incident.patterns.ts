export const IncidentPatterns = {
  report: 'dispatch.incident.report',
  listForTask: 'dispatch.incident.list',
} as const;
