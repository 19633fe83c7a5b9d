/** The job the e2e suites register most: urgent blood (急血) from a cardiology ward to the lab. */
export const wardJob = {
  type: 'SPECIMEN',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' },
};
