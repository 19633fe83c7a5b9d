import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OperationalRoute } from '../auth/public-route.decorator';
import { NATS_PROBE, NatsProbe } from './nats-probe';

/** Liveness says the process is not stuck; readiness says it can serve: its database and NATS answer. */
@ApiExcludeController()
@OperationalRoute()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(NATS_PROBE) private readonly natsProbe: NatsProbe,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      async () => {
        const nats = this.indicators.check('nats');
        const nc = this.natsProbe();
        if (!nc || nc.isClosed()) return nats.down({ message: 'not connected' });
        try {
          await nc.flush();
          return nats.up({ server: nc.getServer() });
        } catch (error) {
          return nats.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
