import { Injectable } from '@nestjs/common';
import { Actor, ErrorCode, StaffDto, StaffPatterns } from '@hospital/contracts';
import { DomainError, RpcCallError, RpcClient } from '@hospital/platform';

/** The staff directory is dispatch's: an account is linked only to a staff member it knows and who works here. */
@Injectable()
export class StaffLinks {
  constructor(private readonly rpc: RpcClient) {}

  async assertLinkable(staffId: string, actor: Actor): Promise<void> {
    let staff: StaffDto;
    try {
      staff = await this.rpc.send<StaffDto>(StaffPatterns.get, actor, { id: staffId });
    } catch (error) {
      if (error instanceof RpcCallError && error.code === ErrorCode.StaffNotFound) {
        throw new DomainError(ErrorCode.StaffNotFound, `no staff member ${staffId}`, {
          errors: [{ field: 'staffId', message: `staffId ${staffId} is not in the staff directory` }],
        });
      }
      throw error;
    }
    if (!staff.active) {
      throw new DomainError(ErrorCode.BusinessRule, 'the staff member no longer works at the center', {
        errors: [{ field: 'staffId', message: `staff member ${staff.staffNo} is inactive` }],
      });
    }
  }
}
