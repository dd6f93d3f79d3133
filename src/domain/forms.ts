/**
 * The office's printed forms: title, unified number and version (文件编号 / 版本). Each printed copy
 * carries them; the document-control issue links them to their controlled documents.
 */
export const FORMS = {
  complaintSlip: {
    title: '客户投诉处理单',
    titleEn: 'Complaint handling slip',
    no: 'WY-KF-JL-003',
    version: 'A/0',
  },
  writtenReply: {
    title: '投诉书面回复函',
    titleEn: 'Written reply to a complaint',
    no: 'WY-KF-JL-004',
    version: 'A/0',
  },
  monthlyComplaints: {
    title: '客户月投诉统计表',
    titleEn: 'Monthly complaint statistics',
    no: 'WY-KF-JL-005',
    version: 'A/0',
  },
  workOrder: {
    title: '维修工作单',
    titleEn: 'Repair work order',
    no: 'WY-GC-JL-001',
    version: 'A/0',
  },
  dispatchRegister: {
    title: '派工单统计表',
    titleEn: 'Daily dispatch register',
    no: 'WY-GC-JL-002',
    version: 'A/0',
  },
  rectificationNotice: {
    title: '限期整改通知书',
    titleEn: 'Rectification notice',
    no: 'WY-KF-TZ-001',
    version: 'A/0',
  },
  paymentReminder: {
    title: '催缴通知书',
    titleEn: 'Payment reminder notice',
    no: 'WY-KF-TZ-002',
    version: 'A/0',
  },
  publicNotice: {
    title: '公告',
    titleEn: 'Public notice',
    no: 'WY-KF-TZ-003',
    version: 'A/0',
  },
  documentCover: {
    title: '受控文件封面',
    titleEn: 'Controlled document cover',
    no: 'WY-DA-BD-001',
    version: 'A/0',
  },
  shiftLog: {
    title: '值班及交接班记录表',
    titleEn: 'Duty and handover log',
    no: 'WY-KF-JL-010',
    version: 'A/0',
  },
  visitorRegister: {
    title: '来人来电来访登记表',
    titleEn: 'Register of callers, calls and visitors',
    no: 'WY-KF-JL-011',
    version: 'A/0',
  },
  mailRegister: {
    title: '邮件收发记录表',
    titleEn: 'Mail register',
    no: 'WY-KF-JL-012',
    version: 'A/0',
  },
  workerPass: {
    title: '装修工人临时出入证',
    titleEn: 'Renovation worker pass',
    no: 'WY-BA-JL-001',
    version: 'A/0',
  },
  passRegister: {
    title: '临时出入证发放登记表',
    titleEn: 'Register of worker passes',
    no: 'WY-BA-JL-002',
    version: 'A/0',
  },
  releaseSlip: {
    title: '物品放行条',
    titleEn: 'Goods release slip',
    no: 'WY-BA-JL-003',
    version: 'A/0',
  },
  releaseRegister: {
    title: '物品放行登记表',
    titleEn: 'Register of goods releases',
    no: 'WY-BA-JL-004',
    version: 'A/0',
  },
  frontDeskDuty: {
    title: '客服前台值班记录表',
    titleEn: 'Front-desk duty log',
    no: 'WY-KF-JL-013',
    version: 'A/0',
  },
  meetingMinutes: {
    title: '会议纪要',
    titleEn: 'Minutes of a meeting',
    no: 'WY-KF-JL-014',
    version: 'A/0',
  },
} as const

export type FormKey = keyof typeof FORMS
