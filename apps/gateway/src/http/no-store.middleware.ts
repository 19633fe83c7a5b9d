import type { NextFunction, Request, Response } from 'express';

/**
 * `Cache-Control: no-store` on every answer of the API: tokens and patients' data must never be
 * kept by a proxy or a browser cache. Mounted on the API prefix, before anything can answer.
 */
export function noStoreMiddleware(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
