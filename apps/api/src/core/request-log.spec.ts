import type { NextFunction, Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import pino from 'pino';
import { requestLog } from './request-log';

function logger(level: pino.Level): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level }, sink), lines };
}

function serve(log: pino.Logger, statusCode: number): boolean {
  const res = Object.assign(new EventEmitter(), { statusCode }) as unknown as Response;
  const req = { method: 'POST', originalUrl: '/graphql' } as Request;
  let passedOn = false;
  requestLog(() => log)(req, res, (() => (passedOn = true)) as NextFunction);
  res.emit('finish');
  return passedOn;
}

describe(requestLog.name, () => {
  it('writes one line per request when it has finished: method, URL, status and milliseconds', async () => {
    const { log, lines } = logger('info');
    expect(serve(log, 200)).toBe(true);
    expect(serve(log, 503)).toBe(true);
    await new Promise((done) => setImmediate(done));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, method: 'POST', url: '/graphql', statusCode: 200 });
    expect(typeof lines[0]?.responseTime).toBe('number');
    expect(lines[1]).toMatchObject({ level: 50, statusCode: 503 });
    expect(lines[1]?.reqId).not.toBe(lines[0]?.reqId);
  });

  it('writes nothing below the configured level', async () => {
    const { log, lines } = logger('warn');
    serve(log, 200);
    await new Promise((done) => setImmediate(done));
    expect(lines).toEqual([]);
  });
});
