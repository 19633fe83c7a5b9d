export const IncidentPatterns = {
  report: 'dispatch.incident.report',
  listForTask: 'dispatch.incident.list',
  /** Every job's incidents, paged: the review queue. */
  search: 'dispatch.incident.search',
  confirm: 'dispatch.incident.confirm',
  dismiss: 'dispatch.incident.dismiss',
} as const;
