/** Which database backs this instance, for the start-up log, readiness and the demo seed. */
export class DatabaseInfo {
  constructor(
    readonly description: string,
    readonly embedded: boolean,
  ) {}
}
