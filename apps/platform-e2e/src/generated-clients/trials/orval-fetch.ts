/**
 * The fetch orval's generated functions call (its `mutator`): the gateway's origin in front of
 * the document's paths, and the response as orval's fetch client types it, `{ status, data,
 * headers }` with `data` the parsed JSON of whichever status came back.
 */
let origin = '';

export function useOrigin(value: string): void {
  origin = value;
}

export const orvalFetch = async <T>(url: string, options: RequestInit): Promise<T> => {
  const response = await fetch(`${origin}${url}`, options);
  const text = [204, 205, 304].includes(response.status) ? '' : await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : undefined, headers: response.headers } as T;
};
