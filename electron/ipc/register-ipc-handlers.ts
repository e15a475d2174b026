// The one place IPC handlers are registered: every call is checked for its sender, then its input is parsed
// with the channel's schema from shared/ipc/contract.ts before the handler runs. A refusal is an Error whose
// message names the channel and the failing field, so the renderer (and whoever reads its logs) knows why.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { type IpcChannel, type IpcContract, type IpcOutput, ipcContract } from '../../shared/ipc/contract';
import { isAppMainFrame, type SenderFrame } from './trusted-sender';

export type ParsedInput<C extends IpcChannel> = z.output<IpcContract[C]['input']>;

/** One function per channel: the single source of truth for what main answers. */
export type IpcHandlers = {
  [C in IpcChannel]: (
    input: ParsedInput<C>,
    event: IpcMainInvokeEvent,
  ) => Promise<IpcOutput<C>> | IpcOutput<C>;
};

export interface RegisterOptions {
  isTrustedSender?: (frame: SenderFrame | null) => boolean;
  /** Also check what handlers return; on in development to catch a handler drifting from the contract. */
  validateOutput?: boolean;
}

type Registrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers every handler; returns a function that removes them again. */
export function registerIpcHandlers(
  ipcMain: Registrar,
  handlers: IpcHandlers,
  { isTrustedSender = isAppMainFrame, validateOutput = false }: RegisterOptions = {},
): () => void {
  const channels = Object.keys(ipcContract) as IpcChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) =>
      handleCall(channel, handlers, event, args, isTrustedSender, validateOutput),
    );
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

async function handleCall<C extends IpcChannel>(
  channel: C,
  handlers: IpcHandlers,
  event: IpcMainInvokeEvent,
  args: unknown[],
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  validateOutput: boolean,
): Promise<IpcOutput<C>> {
  // senderFrame is a getter that can be null once the frame navigated away or was destroyed.
  const frame = (event as { senderFrame?: SenderFrame | null }).senderFrame ?? null;
  if (!isTrustedSender(frame)) {
    throw new Error(`${channel}: refused, the message did not come from the Commons window`);
  }
  if (args.length > 1) throw new Error(`${channel}: expects at most one argument, got ${args.length}`);
  const { input: inputSchema, output: outputSchema } = ipcContract[channel];
  const parsed = inputSchema.safeParse(args[0]);
  if (!parsed.success) throw new Error(`${channel}: invalid input, ${describeIssues(parsed.error)}`);
  const handler = handlers[channel] as (input: unknown, event: IpcMainInvokeEvent) => unknown;
  const result = await handler(parsed.data, event);
  if (validateOutput) {
    const checked = outputSchema.safeParse(result);
    if (!checked.success) throw new Error(`${channel}: handler returned ${describeIssues(checked.error)}`);
  }
  return result as IpcOutput<C>;
}

/** "displayName: Too small: expected string to have >=1 characters; colour: Invalid string" */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}
