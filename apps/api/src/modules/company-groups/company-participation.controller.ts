import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, RoleAnywhere } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { UuidParam } from '../../core/graphql/uuid-id';
import { CompanyParticipationService } from './company-participation.service';
import { csvHeader, csvRows } from './participation-csv';

/**
 * The company's export of its consenting employees' participation, as CSV, streamed chunk by chunk: each
 * chunk is read (with the consent check) only when the previous one is written, so a revocation
 * mid-export drops her remaining rows. (No Excel yet.)
 */
@Controller('api')
export class CompanyParticipationController {
  constructor(private readonly participation: CompanyParticipationService) {}

  @Allow(RoleAnywhere(['company_admin']))
  @Get('companies/:organisationId/participation.csv')
  async participationCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Res() res: Response,
  ): Promise<void> {
    // Refused before anything is sent, so the status is a real 403.
    this.participation.assertManages(principal, organisationId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="participation-${organisationId}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.write(csvHeader());
    for await (const chunk of this.participation.exportChunks(principal, organisationId))
      res.write(csvRows(chunk));
    res.end();
  }
}
