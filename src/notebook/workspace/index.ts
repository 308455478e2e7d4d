export { useWorkspace, showToast, dismissToast } from './workspace-store';
export type { WorkspaceState, SaveState, ReadOnlyOrigin, Toast } from './workspace-store';
export { initWorkspace, openSaved, openCourse, createNotebook, renameNotebook, duplicateNotebook, deleteNotebook, makeCopy, refreshList } from './workspace';
export { keepMine, reloadFromStorage, retrySave } from './open-notebook';
export { importFile, importText, openShareFragment, exportOpen, shareLinkOfOpen } from './workspace-files';
export type { ExportChoice } from './workspace-files';
