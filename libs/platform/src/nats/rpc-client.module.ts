import { DynamicModule, Module } from '@nestjs/common';
import { RPC_CLIENT_OPTIONS, RpcClient, RpcClientOptions } from './rpc-client';

@Module({})
export class RpcClientModule {
  static forRoot(options: RpcClientOptions): DynamicModule {
    return {
      module: RpcClientModule,
      global: true,
      providers: [{ provide: RPC_CLIENT_OPTIONS, useValue: options }, RpcClient],
      exports: [RpcClient],
    };
  }
}
