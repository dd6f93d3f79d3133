import { KEY_KINDS } from '@/domain/keys/register'
import type { KeyKind } from '@/domain/keys/register'
import { formatLocal } from '@/domain/time'

import type { Letterhead } from './pdfKit'
import { createForm, field, formSignatures, heading, rule, table, toBuffer } from './pdfKit'

/** A signed step as printed: the member of staff and the date. */
export type SignedStep = { staffName: string | null; date: string | null; note?: string | null }

export type MoveInPrint = {
  residentId: number | string
  residentName: string
  kindLabel: string
  archiveNo: string | null
  unitCodes: string
  companyName: string | null
  timezone: string
}

const dateOnly = (iso: string | null | undefined, timeZone: string) =>
  iso ? formatLocal(iso, timeZone).slice(0, 10) : '—'

const signedLine = (doc: PDFKit.PDFDocument, step: SignedStep, who: string, tz: string) => {
  field(doc, who, step.staffName)
  field(doc, '日期 Date', dateOnly(step.date, tz))
  if (step.note) field(doc, '备注 Note', step.note)
}

const residentBlock = (doc: PDFKit.PDFDocument, p: MoveInPrint) => {
  field(doc, '业主 / 住户 Resident', `${p.residentName}（${p.kindLabel}）`)
  if (p.companyName) field(doc, '公司名称 Company', p.companyName)
  field(doc, '房号 Unit', p.unitCodes)
  field(doc, '档案号 Archive no.', p.archiveNo)
}

/** 业主基本信息登记表: the archive's data as registered, identity verified, signed. */
export const renderRegistration = (
  p: MoveInPrint & {
    phone: string | null
    email: string | null
    idType: string | null
    idNumber: string | null
    emergencyContacts: Array<{ name: string; relation: string | null; phone: string | null }>
    step: SignedStep
  },
  head: Letterhead,
) => {
  const doc = createForm('moveInRegistration', head, `住户编号 No. ${p.residentId}`)
  heading(doc, '基本信息 Particulars')
  residentBlock(doc, p)
  // Confidential data prints only for a reader entitled to it (the Local API read as the user).
  field(doc, '联系电话 Phone', p.phone)
  field(doc, '电子邮箱 Email', p.email)
  field(doc, '证件 ID', p.idNumber ? `${p.idType ?? ''} ${p.idNumber}` : null)
  heading(doc, '紧急联络人 Emergency contacts')
  table(
    doc,
    [
      ['姓名 Name', 165],
      ['关系 Relation', 165],
      ['电话 Phone', 165],
    ],
    p.emergencyContacts.length > 0
      ? p.emergencyContacts.map((c) => [c.name, c.relation ?? '', c.phone ?? '—'])
      : [['—', '', '']],
  )
  rule(doc)
  field(doc, '身份核实 Identity', '已核对身份证件原件 Identity document seen')
  signedLine(doc, p.step, '经办人 Handled by', p.timezone)
  formSignatures(doc, 'moveInRegistration')
  return toBuffer(doc)
}

/** 房屋验收单: every item passed or failed, the defects the developer must repair and their follow-up. */
export const renderInspection = (
  p: MoveInPrint & {
    developerRep: string | null
    items: Array<{ item: string; passed: boolean; note: string | null }>
    defects: Array<{
      description: string
      location: string | null
      deadline: string | null
      followUpStatus: string | null
    }>
    step: SignedStep
  },
  head: Letterhead,
) => {
  const doc = createForm('houseInspection', head, `住户编号 No. ${p.residentId}`)
  residentBlock(doc, p)
  field(doc, '开发商代表 Developer’s representative', p.developerRep)
  heading(doc, '验收项目 Items')
  table(
    doc,
    [
      ['序号 No.', 45],
      ['项目 Item', 230],
      ['结果 Result', 80],
      ['说明 Note', 140],
    ],
    p.items.map((i, n) => [
      String(n + 1),
      i.item,
      i.passed ? '合格 Pass' : '不合格 Fail',
      i.note ?? '',
    ]),
  )
  heading(doc, '须开发商整改的缺陷 Defects for the developer')
  table(
    doc,
    [
      ['序号 No.', 45],
      ['缺陷 Defect', 200],
      ['部位 Where', 90],
      ['整改期限 Due', 80],
      ['跟进 Follow-up', 80],
    ],
    p.defects.length > 0
      ? p.defects.map((d, n) => [
          String(n + 1),
          d.description,
          d.location ?? '',
          dateOnly(d.deadline, p.timezone),
          d.followUpStatus ?? '',
        ])
      : [['—', '无 None', '', '', '']],
  )
  signedLine(doc, p.step, '物业验收人 Inspected by', p.timezone)
  formSignatures(doc, 'houseInspection')
  return toBuffer(doc)
}

const keyRows = (lines: Array<{ kind: string; count: number }>) =>
  lines.map((l, n) => [
    String(n + 1),
    `${KEY_KINDS[l.kind as KeyKind]?.zh ?? l.kind} ${KEY_KINDS[l.kind as KeyKind]?.en ?? ''}`,
    String(l.count),
  ])

const keyColumns = [
  ['序号 No.', 60],
  ['钥匙种类 Key', 300],
  ['数量 Count', 135],
] as const

/** 钥匙交接单: which keys, how many, to whom; the recipient signs. */
export const renderKeyHandover = (
  p: MoveInPrint & {
    keys: Array<{ kind: string; count: number }>
    recipient: string | null
    fromCustody: boolean
    step: SignedStep
  },
  head: Letterhead,
) => {
  const doc = createForm('keyHandover', head, `住户编号 No. ${p.residentId}`)
  residentBlock(doc, p)
  heading(doc, '交接钥匙 Keys handed over')
  table(doc, keyColumns, keyRows(p.keys))
  field(doc, '领取人 Received by', p.recipient)
  if (p.fromCustody)
    field(
      doc,
      '说明 Note',
      '托管钥匙于开发商整改后交付 Keys held in custody, handed over after the repairs',
    )
  signedLine(doc, p.step, '交付人 Handed over by', p.timezone)
  formSignatures(doc, 'keyHandover')
  return toBuffer(doc)
}

/** 钥匙托管书: the owner leaves the keys with the office while the developer repairs. */
export const renderKeyCustody = (
  p: MoveInPrint & {
    keys: Array<{ kind: string; count: number }>
    location: string | null
    reason: string | null
    step: SignedStep
  },
  head: Letterhead,
) => {
  const doc = createForm('keyCustody', head, `住户编号 No. ${p.residentId}`)
  residentBlock(doc, p)
  doc
    .font('cjk')
    .fontSize(10.5)
    .text(
      '    本人房屋经联合验收尚有缺陷须开发商整改，现将下列钥匙委托物业服务中心保管，供整改施工使用；整改完成后由本人签收取回。The owner leaves the keys below with the office while the developer repairs the defects found at the joint inspection, and takes them back once the repairs are done.',
      { lineGap: 3 },
    )
  heading(doc, '托管钥匙 Keys held')
  table(doc, keyColumns, keyRows(p.keys))
  field(doc, '存放位置 Kept where', p.location)
  field(doc, '托管原因 Why held', p.reason)
  signedLine(doc, p.step, '物业经办人 Held by', p.timezone)
  formSignatures(doc, 'keyCustody')
  return toBuffer(doc)
}
