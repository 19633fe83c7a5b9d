import { ConfigError, loadEnv, serviceEnvSchema } from './env';

const minimal = () => ({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital',
  NATS_URL: 'nats://127.0.0.1:4222',
  HEALTH_PORT: '8081',
});

function configError(source: NodeJS.ProcessEnv): ConfigError {
  let thrown: unknown;
  try {
    loadEnv(serviceEnvSchema, source);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  return thrown as ConfigError;
}

describe('loadEnv(serviceEnvSchema)', () => {
  it('fills in the defaults for everything optional', () => {
    const env = loadEnv(serviceEnvSchema, minimal());
    expect(env).toMatchObject({
      TZ_HOSPITAL: 'Asia/Shanghai',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      NATS_SUBJECT_PREFIX: '',
      DATABASE_POOL_SIZE: 10,
      SEED_DEMO: false,
    });
  });

  it('turns numeric variables into numbers', () => {
    const env = loadEnv(serviceEnvSchema, { ...minimal(), DATABASE_POOL_SIZE: '25' });
    expect(env.HEALTH_PORT).toBe(8081);
    expect(env.DATABASE_POOL_SIZE).toBe(25);
  });

  it('keeps what is set', () => {
    const env = loadEnv(serviceEnvSchema, {
      ...minimal(),
      DATABASE_URL: 'postgresql://app:secret@db:5432/hospital',
      NATS_URL: 'tls://nats.internal:4222',
      TZ_HOSPITAL: 'Europe/Berlin',
      LOG_LEVEL: 'debug',
      NATS_SUBJECT_PREFIX: 't42.',
    });
    expect(env).toMatchObject({
      DATABASE_URL: 'postgresql://app:secret@db:5432/hospital',
      NATS_URL: 'tls://nats.internal:4222',
      TZ_HOSPITAL: 'Europe/Berlin',
      LOG_LEVEL: 'debug',
      NATS_SUBJECT_PREFIX: 't42.',
    });
  });

  it('names every missing variable in one message, each as "is required"', () => {
    const error = configError({});
    for (const name of ['DATABASE_URL', 'NATS_URL', 'HEALTH_PORT']) {
      expect(error.message).toMatch(new RegExp(`${name}: is required`));
    }
    // Variables with defaults are not reported.
    expect(error.message).not.toMatch(/TZ_HOSPITAL|LOG_LEVEL|SEED_DEMO/);
  });

  it('treats a variable set to the empty string as missing', () => {
    const error = configError({ ...minimal(), NATS_URL: '' });
    expect(error.message).toMatch(/NATS_URL: is required/);
    expect(error.message).not.toMatch(/DATABASE_URL|HEALTH_PORT/);
  });

  it('names only the variable that is missing when the others are fine', () => {
    const { HEALTH_PORT: _port, ...rest } = minimal();
    const error = configError(rest);
    expect(error.message).toMatch(/HEALTH_PORT: is required/);
    expect(error.message).not.toMatch(/DATABASE_URL|NATS_URL/);
  });

  it('refuses a URL with the wrong scheme, saying which schemes are allowed', () => {
    const error = configError({ ...minimal(), DATABASE_URL: 'mysql://root@db:3306/hospital', NATS_URL: 'http://nats:4222' });
    expect(error.message).toMatch(/DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//);
    expect(error.message).toMatch(/NATS_URL: must start with nats:\/\/ or tls:\/\//);
    expect(error.message).not.toMatch(/is required/);
  });

  it('refuses a value that is not a URL at all', () => {
    const error = configError({ ...minimal(), DATABASE_URL: 'localhost' });
    expect(error.message).toMatch(/DATABASE_URL: /);
    expect(error.message).not.toMatch(/DATABASE_URL: is required/);
  });

  it('refuses an unknown time zone', () => {
    const error = configError({ ...minimal(), TZ_HOSPITAL: 'Mars/Olympus_Mons' });
    expect(error.message).toMatch(/TZ_HOSPITAL: must be an IANA time zone/);
  });

  it('refuses a port out of range and an unknown log level', () => {
    const error = configError({ ...minimal(), HEALTH_PORT: '70000', LOG_LEVEL: 'verbose' });
    expect(error.message).toMatch(/HEALTH_PORT: /);
    expect(error.message).toMatch(/LOG_LEVEL: /);
    expect(error.message).not.toMatch(/is required/);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads SEED_DEMO=%j as %s', (value, expected) => {
    expect(loadEnv(serviceEnvSchema, { ...minimal(), SEED_DEMO: value }).SEED_DEMO).toBe(expected);
  });

  it('refuses SEED_DEMO=yes rather than guessing', () => {
    expect(configError({ ...minimal(), SEED_DEMO: 'yes' }).message).toMatch(/SEED_DEMO: /);
  });

  it('refuses a subject prefix that is not a token followed by a dot', () => {
    expect(configError({ ...minimal(), NATS_SUBJECT_PREFIX: 'a b' }).message).toMatch(/NATS_SUBJECT_PREFIX: must be empty or a token/);
  });
});
