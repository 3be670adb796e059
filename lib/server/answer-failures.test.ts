import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFailures } from './answer-failures.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `handle` behind answerFailures on a loopback port; returns the base URL. */
async function serve(handle: Parameters<typeof answerFailures>[0]) {
  const answer = answerFailures(handle);
  server = http.createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server!.listen(0, 'localhost', resolve));
  return `http://localhost:${(server!.address() as AddressInfo).port}`;
}

describe('answerFailures', () => {
  it("passes the handler's own answer through", async () => {
    const url = await serve(async (_, response) => void response.end('法治'));
    const answer = await fetch(`${url}/zh-CN`);
    expect([answer.status, await answer.text()]).toEqual([200, '法治']);
  });

  it('answers 500 and logs the address when the handler throws before answering', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const url = await serve(async () => {
      throw new Error('broken');
    });
    const answer = await fetch(`${url}/zh-CN/x`);
    expect([answer.status, await answer.text()]).toEqual([500, 'Internal Server Error']);
    expect(log.mock.calls[0][0]).toBe('Failed to handle request for /zh-CN/x');
    log.mockRestore();
  });

  it('cuts the connection when the handler throws after it began answering', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const url = await serve(async (_, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('part');
      throw new Error('broken');
    });
    const answer = await fetch(`${url}/zh-CN`);
    await expect(answer.text()).rejects.toThrow();
    log.mockRestore();
  });
});
