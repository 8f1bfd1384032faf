import { Controller, Get, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { greeting } from '@app/config';

@Controller('ping')
class PingController {
  @Get()
  ping() {
    return { status: greeting() };
  }
}
@Module({ controllers: [PingController] })
class AppModule {}

describe('smoke', () => {
  it('boots', async () => {
    const mod = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = mod.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const res = await request(app.getHttpServer()).get('/ping');
    expect(res.body).toEqual({ status: 'ok' });
    await app.close();
  });
});
