/** One page of any list of the API. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Every item of a list, page after page: `fetchPage` gets the cursor to send (undefined for the
 * first page) and returns the page; iteration stops after the page whose `nextCursor` is null.
 *
 *   for await (const task of paginate((cursor) => hospital.data(hospital.api.GET('/api/v1/dispatch/tasks', { params: { query: { cursor, limit: 100 } } }))))
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (!page.nextCursor) return;
    if (seen.has(page.nextCursor)) throw new Error(`paginate: the API returned cursor ${page.nextCursor} twice`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}
