import { CanActivate, Controller, ForbiddenException, Get, INestApplication, Injectable, MiddlewareConsumer, Module, NestModule, UseGuards } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { httpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsService } from './metrics.service';

@Injectable()
class Refuse implements CanActivate {
  canActivate(): boolean {
    throw new ForbiddenException('no');
  }
}

@Controller('tasks')
class TasksController {
  @Get(':id')
  get() {
    return { ok: true };
  }

  @Get(':id/secret')
  @UseGuards(Refuse)
  secret() {
    return { ok: true };
  }
}

/** Module middleware for every route, as the access log is: Nest mounts it as a catch-all route. */
@Module({ controllers: [TasksController], providers: [MetricsService] })
class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply((_req: Request, _res: Response, next: NextFunction) => next()).forRoutes('*');
  }
}

describe('httpMetricsMiddleware', () => {
  let app: INestApplication;
  let metrics: MetricsService;

  beforeAll(async () => {
    app = (await Test.createTestingModule({ imports: [AppModule] }).compile()).createNestApplication({ logger: false });
    metrics = app.get(MetricsService);
    app.use(httpMetricsMiddleware(metrics));
    await app.init();
  });

  afterAll(() => app.close());

  const counted = async () => (await metrics.httpRequests.get()).values.map((v) => ({ ...v.labels, n: v.value }));

  it('counts answers by route template, refusals by guards included, and anything no route answered as "unmatched"', async () => {
    await request(app.getHttpServer()).get('/tasks/1').expect(200);
    await request(app.getHttpServer()).get('/tasks/2').expect(200);
    await request(app.getHttpServer()).get('/tasks/2/secret').expect(403);
    await request(app.getHttpServer()).get('/nothing/here/7').expect(404);
    await request(app.getHttpServer()).delete('/tasks/2').expect(404);
    expect(await counted()).toEqual(
      expect.arrayContaining([
        { method: 'GET', route: '/tasks/:id', status: '200', n: 2 },
        { method: 'GET', route: '/tasks/:id/secret', status: '403', n: 1 },
        { method: 'GET', route: 'unmatched', status: '404', n: 1 },
        { method: 'DELETE', route: 'unmatched', status: '404', n: 1 },
      ]),
    );
    expect((await counted()).map((v) => v.route).filter((route) => /nothing|\*/.test(String(route)))).toEqual([]);
    const durations = (await metrics.httpDuration.get()).values.filter((v) => v.metricName === 'http_request_duration_seconds_count');
    expect(durations.find((v) => v.labels.route === '/tasks/:id')?.value).toBe(2);
  });
});
