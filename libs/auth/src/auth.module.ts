import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@app/config';
import { AccessGuard } from './auth.guard.js';
import { JWT_ISSUER, JwtStrategy } from './jwt.strategy.js';

/** JWT verification, the global guard, and a configured JwtService for whoever signs tokens. */
@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, expiresIn: config.JWT_ACCESS_TTL },
        verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER },
      }),
    }),
  ],
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [JwtModule],
})
export class AuthModule {}
