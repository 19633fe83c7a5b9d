import { Client } from 'pg';
import { createTestDatabase, uniqueSubjectPrefix } from './test-database';

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('test isolation helpers', () => {
  it('creates a database of its own and drops it without a trace', async () => {
    const db = await createTestDatabase('Self Check!');
    expect(db.name).toMatch(/^t_selfcheck_[0-9a-f]{8}$/);
    expect(await databaseExists(db.name)).toBe(true);
    await db.drop();
    expect(await databaseExists(db.name)).toBe(false);
  });

  it('gives every suite a different, valid subject prefix', () => {
    const a = uniqueSubjectPrefix('dispatch');
    const b = uniqueSubjectPrefix('dispatch');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9]+\.$/);
  });
});
