import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSqlite } from '../../src/server/database/sqliteDatabase';

describe('SQLite transactions on one connection', () => {
  it('a transaction that awaits real I/O never absorbs another request\'s writes', async () => {
    const db = openSqlite(':memory:');
    await db.query('CREATE TABLE t (v TEXT)');
    const first = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES ('a')");
      await new Promise((resolve) => setTimeout(resolve, 20)); // a real wait: other requests run meanwhile
      throw new Error('first fails');
    });
    const second = db.transaction(async (tx) => tx.query("INSERT INTO t VALUES ('b')"));
    await assert.rejects(first, /first fails/);
    await second;
    assert.deepEqual(await db.query('SELECT v FROM t'), [{ v: 'b' }]);
    await db.close();
  });

  it('a nested transaction joins the open one', async () => {
    const db = openSqlite(':memory:');
    await db.query('CREATE TABLE t (v TEXT)');
    await db.transaction(async (tx) => tx.transaction(async (inner) => inner.query("INSERT INTO t VALUES ('x')")));
    assert.deepEqual(await db.query('SELECT v FROM t'), [{ v: 'x' }]);
    await db.close();
  });
});
