import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { OperationalRoute } from '../auth/public-route.decorator';
import { MetricsService } from './metrics.service';

// Scraped by Prometheus inside the cluster; the NetworkPolicy, not a token, keeps it internal.
@ApiExcludeController()
@OperationalRoute()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
