import type { EntityManager } from 'typeorm';

/** The one query of the health check. */
export class HealthRepository {
  constructor(private readonly db: EntityManager) {}

  /** True when the database answers. */
  async databaseUp(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
