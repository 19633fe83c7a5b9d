import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { migrateLocked, ServiceDatabaseOptions, serviceDataSourceOptions } from './service-data-source';

/** The service's TypeORM connection; migrations run before anything else touches the schema. */
@Module({})
export class DatabaseModule {
  static forService(options: ServiceDatabaseOptions & { migrate?: boolean }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => serviceDataSourceOptions(options),
          dataSourceFactory: async () => {
            const dataSource = await new DataSource(serviceDataSourceOptions(options)).initialize();
            if (options.migrate !== false) {
              const applied = await migrateLocked(dataSource, options.schema);
              if (applied.length) new Logger('Migrations').log(`applied to ${options.schema}: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
