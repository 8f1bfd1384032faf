export * from './roles.js';
export * from './decorators.js';
export { AccessGuard } from './auth.guard.js';
export { JWT_ISSUER } from './jwt.strategy.js';
export { AuthModule } from './auth.module.js';
export { AccessRevocations } from './access-revocations.js';
