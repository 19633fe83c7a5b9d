import { DynamicModule, FactoryProvider, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from '../health/health.controller';
import { NATS_PROBE, NatsProbe } from '../health/nats-probe';
import { LoggingModule } from './logging.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

export interface ObservabilityOptions {
  service: string;
  logLevel: string;
  /** How readiness finds the process's NATS connection. */
  natsProbe: Omit<FactoryProvider<NatsProbe>, 'provide'>;
}

/** Logs, metrics and health: `/health/live`, `/health/ready`, `/metrics`, the same in every app. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggingModule.forRoot({ service: options.service, level: options.logLevel }),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [MetricsService, { provide: NATS_PROBE, ...options.natsProbe }],
      exports: [MetricsService],
    };
  }
}
