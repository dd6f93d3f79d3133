import { CurrentPasswordField as CurrentPasswordField_684d49ec6cdebc220d87ac86b316739f } from '@/views/ChangePassword/CurrentPasswordField.client'
import { ExportButton as ExportButton_e7693af17803890ecaf97f33887d816b } from '@/views/ExportButton/ExportButton.client'
import { WorkflowActions as WorkflowActions_6ebed2379b78377bc3e29f3af8fa9574 } from '@/views/WorkflowActions/WorkflowActions.client'
import { CodeSelectField as CodeSelectField_7e283c4ef6d74a5acede0fff4a2ef644 } from '@/views/CodeSelect/CodeSelectField.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ApprovalPanel as ApprovalPanel_bdd076b42bf4620422fd22ac2953ec7b } from '@/views/ApprovalPanel/ApprovalPanel.client'
import { NoPublish as NoPublish_761c09c0c64484a7b84787ff1b7886ff } from '@/views/ApprovalPanel/NoPublish'
import { ChainView as ChainView_90f702d957feeb393084550422b2a515 } from '@/views/ChainView/ChainView.client'
import { NextYearButton as NextYearButton_4822c9ff123bd38b33f2d3fdca0ce23e } from '@/views/OfficeCalendar/NextYearButton.client'
import { ShiftLogBoardLink as ShiftLogBoardLink_b674fba4f08243ff4b90905dc388063f } from '@/views/ShiftLogBoard/NavLink'
import { ImportLink as ImportLink_7b9a9e3d8681bcf0f1364f6b07c51210 } from '@/views/Import/NavLink'
import { Dashboard as Dashboard_67024b737550b4cc9dceabd58987443c } from '@/views/Dashboard'
import { ShiftLogBoard as ShiftLogBoard_980d28e3dd299739adf885e749d901dd } from '@/views/ShiftLogBoard'
import { ImportView as ImportView_c262dbef878a56d4fd048c3bc952f06d } from '@/views/Import'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/views/ChangePassword/CurrentPasswordField.client#CurrentPasswordField": CurrentPasswordField_684d49ec6cdebc220d87ac86b316739f,
  "@/views/ExportButton/ExportButton.client#ExportButton": ExportButton_e7693af17803890ecaf97f33887d816b,
  "@/views/WorkflowActions/WorkflowActions.client#WorkflowActions": WorkflowActions_6ebed2379b78377bc3e29f3af8fa9574,
  "@/views/CodeSelect/CodeSelectField.client#CodeSelectField": CodeSelectField_7e283c4ef6d74a5acede0fff4a2ef644,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/views/ApprovalPanel/ApprovalPanel.client#ApprovalPanel": ApprovalPanel_bdd076b42bf4620422fd22ac2953ec7b,
  "@/views/ApprovalPanel/NoPublish#NoPublish": NoPublish_761c09c0c64484a7b84787ff1b7886ff,
  "@/views/ChainView/ChainView.client#ChainView": ChainView_90f702d957feeb393084550422b2a515,
  "@/views/OfficeCalendar/NextYearButton.client#NextYearButton": NextYearButton_4822c9ff123bd38b33f2d3fdca0ce23e,
  "@/views/ShiftLogBoard/NavLink#ShiftLogBoardLink": ShiftLogBoardLink_b674fba4f08243ff4b90905dc388063f,
  "@/views/Import/NavLink#ImportLink": ImportLink_7b9a9e3d8681bcf0f1364f6b07c51210,
  "@/views/Dashboard#Dashboard": Dashboard_67024b737550b4cc9dceabd58987443c,
  "@/views/ShiftLogBoard#ShiftLogBoard": ShiftLogBoard_980d28e3dd299739adf885e749d901dd,
  "@/views/Import#ImportView": ImportView_c262dbef878a56d4fd048c3bc952f06d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
