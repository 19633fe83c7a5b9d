import { ConfigError } from '@hospital/platform';

/** Runs a configuration load that must fail, and returns its ConfigError for the test to read. */
export function configErrorOf(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the configuration loaded');
}

/** The variables a ConfigError's message names, one per line after the heading, in its order. */
export function variablesNamedIn(error: ConfigError): string[] {
  const [heading, ...lines] = error.message.split('\n');
  expect(heading).toBe('Invalid configuration:');
  return lines.map((line) => /^ {2}([A-Z][A-Z0-9_]*): /.exec(line)?.[1] ?? `unreadable line: ${line}`);
}
