import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { AppConfig } from '@app/config';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane) unless configured higher. */
@Injectable()
export class PasswordService {
  /** A real hash of a random password, verified against when an email is unknown (equal timing). */
  private decoy?: Promise<string>;

  constructor(private readonly config: AppConfig) {}

  private get options() {
    return { algorithm: Algorithm.Argon2id, memoryCost: this.config.ARGON2_MEMORY_KIB, timeCost: this.config.ARGON2_ITERATIONS, parallelism: 1 };
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(hashed: string | undefined, password: string): Promise<boolean> {
    this.decoy ??= this.hash(`decoy-${Math.random()}`);
    try {
      return await verify(hashed ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
