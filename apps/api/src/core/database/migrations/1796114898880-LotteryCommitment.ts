import { createHash, randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lotteries commit to their seed: its SHA-256 is public before anyone applies and the seed is revealed
 * at the draw. Lotteries not yet drawn get a fresh system seed (any seed chosen before was never used);
 * drawn ones record the commitment of the seed they were drawn with.
 */
export class LotteryCommitment1796114898880 implements MigrationInterface {
  name = 'LotteryCommitment1796114898880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD "lottery_commitment" character(64)
        `);
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const pending: { id: string }[] = await queryRunner.query(
      `SELECT id FROM sessions WHERE registration_mode = 'lottery' AND drawn_at IS NULL`,
    );
    for (const { id } of pending) {
      const seed = randomBytes(32).toString('hex');
      await queryRunner.query(
        `UPDATE sessions SET lottery_seed = $1, lottery_commitment = $2 WHERE id = $3`,
        [seed, sha256(seed), id],
      );
    }
    const drawn: { id: string; lottery_seed: string }[] = await queryRunner.query(
      `SELECT id, lottery_seed FROM sessions WHERE drawn_at IS NOT NULL AND lottery_seed IS NOT NULL`,
    );
    for (const { id, lottery_seed } of drawn) {
      await queryRunner.query(`UPDATE sessions SET lottery_commitment = $1 WHERE id = $2`, [
        sha256(lottery_seed),
        id,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP COLUMN "lottery_commitment"
        `);
  }
}
