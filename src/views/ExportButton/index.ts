import type { CollectionConfig } from 'payload'

/** The 导出 Excel button's path for the import map. */
export const EXPORT_BUTTON = '@/views/ExportButton/ExportButton.client#ExportButton'

/** Adds 导出 Excel above the collection's admin list (after any component it already has there). */
export const withExportButton = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), EXPORT_BUTTON],
    },
  },
})
