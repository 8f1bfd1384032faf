import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@app/config';
import { type AccessTokenClaims, type Principal, ROLES } from './roles.js';

export const JWT_ISSUER = 'mentor-match';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM public
      // key (createPublicKey throws) and then wraps it, on every request (~4% of an authenticated
      // GET's CPU in bench/ profiles).
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET!, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Principal | false {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) return false;
    return { id: claims.sub, role: claims.role, sessionId: typeof claims.sid === 'string' ? claims.sid : undefined, expiresAt: claims.exp };
  }
}
