// A join link can name any server. Before the person says Join, the app shows which server (its host) and which
// space, and sends that server nothing, not even the person's name: a second HTTP server on another port records
// every request it receives, and none arrives while the question is on screen.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { defaultProfile, expect, test } from './fixtures';
import { JoinConfirmation } from './page-models/join-confirmation';

interface RecordingServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Answers every request with 404 (CORS allowed, so a request the page makes is not stopped in the browser). */
async function startRecordingServer(): Promise<RecordingServer> {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(404, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'content-type': 'application/json',
    });
    res.end('{"error":"no such invite"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function openWithProfileOnly(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.evaluate(
    (profile) => localStorage.setItem('commons.profile', JSON.stringify(profile)),
    defaultProfile,
  );
  await page.reload();
}

test('a link to another server asks first, naming its host, and nothing reaches that server before Join', async ({
  page,
  relay,
}) => {
  const foreign = await startRecordingServer();
  try {
    await openWithProfileOnly(page, relay.url);
    const link = `${foreign.url}/#/join?space=tip-network&invite=lure-code-1234`;
    await page.getByRole('textbox', { name: 'Invite link' }).fill(link);
    await page.getByRole('button', { name: 'Join', exact: true }).click();

    const question = new JoinConfirmation(page);
    await expect(page.getByRole('region', { name: 'Join this space?' })).toBeVisible();
    await expect(question.server()).toHaveText(new URL(foreign.url).host);
    await expect(question.panel).toContainText('tip-network');
    await expect(question.panel).toContainText('Decided by the server');
    // Long enough for anything the page would send on its own to arrive.
    await page.waitForTimeout(1000);
    expect(foreign.requests).toEqual([]);

    // Cancel sends nothing either.
    await question.cancel();
    await expect(question.panel).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(foreign.requests).toEqual([]);

    // Only Join goes to that server (this one refuses, and the person is told).
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await question.join('tip-network');
    await expect(page.getByRole('alert')).toBeVisible();
  } finally {
    await foreign.close();
  }
});
