import { z } from 'zod';

export const STATS_CACHE_MS = Symbol('STATS_CACHE_MS');

const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);
const schema = z.object({
  STATS_CACHE_SECONDS: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(300).default(5)),
});

/** STATS_CACHE_SECONDS (default 5; 0 turns the cache off), in milliseconds. */
export function statsCacheMsFrom(env: NodeJS.ProcessEnv): number {
  return schema.parse(env).STATS_CACHE_SECONDS * 1000;
}
