import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Allow, Public } from './auth/policy';

@Controller('api')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Allow(Public)
  @Get('health')
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: 'ok' };
  }
}
