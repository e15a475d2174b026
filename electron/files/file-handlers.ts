// file:save, file:open and print:to-pdf: the page hands over bytes or asks for them, and the person chooses the
// file in a native dialog. The page never names a path itself, so it can only touch files the person picked.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, IpcMainInvokeEvent } from 'electron';
import type { IpcHandlers } from '../ipc/register-ipc-handlers';
import { safeFileName } from './file-names';

/** The same ceiling the contract puts on file:save, so an opened file can always be saved back. */
export const MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024;

export interface FileHandlerDependencies {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window that sent the call, so dialogs open attached to it. */
  windowFor: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  /** Where save dialogs start (the Documents folder in the app). */
  defaultFolder: string;
}

type FileChannels = 'file:save' | 'file:open' | 'print:to-pdf';

export function createFileHandlers({
  dialog,
  windowFor,
  defaultFolder,
}: FileHandlerDependencies): Pick<IpcHandlers, FileChannels> {
  const askWhereToSave = async (event: IpcMainInvokeEvent, name: string, filters: FileFilter[]) => {
    const options = { defaultPath: path.join(defaultFolder, name), filters };
    const window = windowFor(event);
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  return {
    'file:save': async ({ suggestedName, filters, data }, event) => {
      const extension = filters[0]?.extensions[0];
      const target = await askWhereToSave(event, safeFileName(suggestedName, extension), filters);
      if (target === null) return { saved: false };
      await writeFile(target, data);
      return { saved: true, path: target };
    },

    'file:open': async ({ filters }, event) => {
      const options = { properties: ['openFile' as const], filters };
      const window = windowFor(event);
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (chosen === undefined) return null;
      const { size } = await stat(chosen);
      if (size > MAX_OPEN_FILE_BYTES) {
        throw new Error(
          `file:open: ${path.basename(chosen)} is larger than ${MAX_OPEN_FILE_BYTES / 1024 / 1024} MB`,
        );
      }
      return { name: path.basename(chosen), data: new Uint8Array(await readFile(chosen)) };
    },

    'print:to-pdf': async ({ suggestedName }, event) => {
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      const target = await askWhereToSave(event, safeFileName(suggestedName, 'pdf'), [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      if (target === null) return { saved: false };
      await writeFile(target, pdf);
      return { saved: true, path: target };
    },
  };
}
