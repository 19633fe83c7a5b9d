import { DomainError } from '@hospital/platform';

/** Awaits a promise that must reject with a DomainError, and returns it for the test to inspect. */
export async function expectDomainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
