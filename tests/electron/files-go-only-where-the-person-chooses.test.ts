import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileHandlers, MAX_OPEN_FILE_BYTES } from '../../electron/files/file-handlers';
import { safeFileName } from '../../electron/files/file-names';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'commons-files-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function handlersWith(dialog: { save?: string | null; open?: string | null }) {
  const fakeDialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]) =>
      dialog.save ? { canceled: false, filePath: dialog.save } : { canceled: true, filePath: '' },
    ),
    showOpenDialog: vi.fn(async (..._args: unknown[]) =>
      dialog.open ? { canceled: false, filePaths: [dialog.open] } : { canceled: true, filePaths: [] },
    ),
  };
  const handlers = createFileHandlers({
    dialog: fakeDialog as never,
    windowFor: () => null,
    defaultFolder: '/home/amina/Documents',
  });
  const event = {
    sender: { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) },
  } as unknown as IpcMainInvokeEvent;
  return { handlers, fakeDialog, event };
}

describe('saving a file', () => {
  it('writes the bytes where the person chose, suggesting a safe name in Documents', async () => {
    const target = path.join(folder, 'guideline.docx');
    const { handlers, fakeDialog, event } = handlersWith({ save: target });
    const result = await handlers['file:save'](
      {
        suggestedName: '../../NRM guideline',
        filters: [{ name: 'Word', extensions: ['docx'] }],
        data: new Uint8Array([1, 2, 3]),
      },
      event,
    );
    expect(result).toEqual({ saved: true, path: target });
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fakeDialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: path.join('/home/amina/Documents', '_.._NRM guideline.docx'),
    });
  });

  it('writes nothing when the person cancels', async () => {
    const { handlers, event } = handlersWith({ save: null });
    await expect(
      handlers['file:save']({ suggestedName: 'a', filters: [], data: new Uint8Array([1]) }, event),
    ).resolves.toEqual({ saved: false });
  });

  it('prints the page to a PDF file the person chose', async () => {
    const target = path.join(folder, 'notes.pdf');
    const { handlers, event } = handlersWith({ save: target });
    await expect(handlers['print:to-pdf']({ suggestedName: 'Session notes' }, event)).resolves.toEqual({
      saved: true,
      path: target,
    });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });
});

describe('opening a file', () => {
  it('returns the chosen file name and bytes', async () => {
    const chosen = path.join(folder, 'lesson.md');
    writeFileSync(chosen, '# Lesson');
    const { handlers, event } = handlersWith({ open: chosen });
    const opened = await handlers['file:open']({ filters: [] }, event);
    expect(opened?.name).toBe('lesson.md');
    expect(Buffer.from(opened?.data ?? []).toString()).toBe('# Lesson');
  });

  it('returns null when the person cancels', async () => {
    const { handlers, event } = handlersWith({ open: null });
    await expect(handlers['file:open']({ filters: [] }, event)).resolves.toBeNull();
  });

  it('refuses a file too large to send to the page, with a clear error', async () => {
    const chosen = path.join(folder, 'huge.docx');
    writeFileSync(chosen, '');
    truncateSync(chosen, MAX_OPEN_FILE_BYTES + 1);
    const { handlers, event } = handlersWith({ open: chosen });
    await expect(handlers['file:open']({ filters: [] }, event)).rejects.toThrow(
      'file:open: huge.docx is larger than 64 MB',
    );
  });
});

describe('suggested file names', () => {
  it.each([
    ['Guideline', 'docx', 'Guideline.docx'],
    ['Guideline.DOCX', 'docx', 'Guideline.DOCX'],
    ['../../etc/passwd', undefined, '_.._etc_passwd'],
    ['C:\\Windows\\win.ini', undefined, 'C__Windows_win.ini'],
    ['a\u202Eexe.pdf', 'pdf', 'a_exe.pdf'],
    ['...', 'pdf', 'Commons.pdf'],
    ['CON', 'txt', 'Commons CON.txt'],
    ['Rapport d’atelier — Vientiane', 'pdf', 'Rapport d’atelier — Vientiane.pdf'],
  ])('%s becomes %s', (suggested, extension, expected) => {
    expect(safeFileName(suggested, extension)).toBe(expected);
  });
});
