import { Desk, EquipmentType } from '@hospital/contracts';
import { loadEnv } from '@hospital/platform';
import { configErrorOf, variablesNamedIn } from '@hospital/service-testing';
import { depositConfig, depositEnvSchema } from './config';
import { TEST_ID_HASH_KEY } from './service.spec-helper';

/** What deposit cannot start without, so each case below varies only what it is about. */
const required = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital',
  NATS_URL: 'nats://127.0.0.1:4222',
  HEALTH_PORT: '8082',
  ID_HASH_KEY: TEST_ID_HASH_KEY,
};
const envWith = (extra: Record<string, string>) => loadEnv(depositEnvSchema, { ...required, ...extra });

describe('deposit configuration', () => {
  it('refuses every invalid setting at once, the platform’s and its own, in one message naming each', () => {
    const { ID_HASH_KEY: _unset, ...withoutKey } = required;
    const error = configErrorOf(() =>
      loadEnv(depositEnvSchema, { ...withoutKey, DEPOSIT_SWEEP_SECONDS: 'often', LOAN_DEPOSIT_FEN_WHEELCHAIR: '-1', DEPOSIT_TAGS_EMERGENCY: '0', TZ_HOSPITAL: 'Mars/Base' }),
    );
    expect(variablesNamedIn(error).sort()).toEqual(['DEPOSIT_SWEEP_SECONDS', 'DEPOSIT_TAGS_EMERGENCY', 'ID_HASH_KEY', 'LOAN_DEPOSIT_FEN_WHEELCHAIR', 'TZ_HOSPITAL']);
    expect(error.message).toContain('ID_HASH_KEY: is required but not set');
  });

  it('refuses a short ID_HASH_KEY, naming it', () => {
    expect(configErrorOf(() => envWith({ ID_HASH_KEY: 'short' })).message).toContain('ID_HASH_KEY: must be at least 32 characters');
  });

  it('shapes the settings for the modules: defaults, milliseconds, a pool per desk, a deposit per type', () => {
    expect(depositConfig(envWith({}))).toEqual({
      idHashKey: TEST_ID_HASH_KEY,
      unclaimedDays: 3,
      sweepEveryMs: 300_000,
      maxWrongCodes: 5,
      tagsPerDesk: { [Desk.InpatientLobby]: 100, [Desk.SurgeryLobby]: 100, [Desk.Emergency]: 100 },
      loanDepositFen: { [EquipmentType.Wheelchair]: 20_000, [EquipmentType.AirlineChair]: 20_000, [EquipmentType.Umbrella]: 0, [EquipmentType.FlatCart]: 50_000 },
    });
    expect(depositConfig(envWith({ DEPOSIT_TAGS_SURGERY_LOBBY: '40', DEPOSIT_SWEEP_SECONDS: '60' }))).toMatchObject({
      sweepEveryMs: 60_000,
      tagsPerDesk: { [Desk.SurgeryLobby]: 40 },
    });
  });
});
