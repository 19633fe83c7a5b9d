import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { isOperationalRoute } from '@hospital/platform';

/** Rate limits for everything but the probes and metrics that the cluster polls. */
@Injectable()
export class GatewayThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return isOperationalRoute(context) || super.shouldSkip(context);
  }
}
