import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { greeting } from '@app/config';
import { IsString } from 'class-validator';

export class PingDto {
  /** the status */
  @IsString()
  status: string;
}

@Controller('ping')
class PingController {
  @Get()
  ping(): PingDto {
    return { status: greeting() };
  }
}

@Module({ controllers: [PingController] })
class AppModule {}

const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
app.setGlobalPrefix('api');
const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
SwaggerModule.setup('api/docs', app, doc);
await app.listen(3111);
console.log(JSON.stringify(doc.components));
await app.close();
