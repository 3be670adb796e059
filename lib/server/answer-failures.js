// What `npm start` does when Next's handler throws, as `next start` does it (next/dist/server/lib/start-server.js):
// a 500 for the reader, the error in the log. A reader gets an answer and the server keeps serving; nothing rejects.

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * @param {(request: Request, response: Response) => Promise<unknown>} handle
 * @returns {(request: Request, response: Response) => Promise<void>}
 */
export function answerFailures(handle) {
  return async (request, response) => {
    try {
      await handle(request, response);
    } catch (error) {
      console.error(`Failed to handle request for ${request.url}`, error);
      if (response.headersSent) {
        // Half an answer cannot be mended: ending the connection tells the browser it is incomplete.
        response.destroy();
      } else {
        response.statusCode = 500;
        response.end('Internal Server Error');
      }
    }
  };
}
