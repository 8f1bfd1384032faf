/**
 * Port: serialises schema changes of a shared index between replicas (creating a collection, moving
 * its alias). The app implements it with a PostgreSQL advisory lock; used as the Nest injection token.
 */
export abstract class IndexMigrationLock {
  abstract run<T>(fn: () => Promise<T>): Promise<T>;
}
