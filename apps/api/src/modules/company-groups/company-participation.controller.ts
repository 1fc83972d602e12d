import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, RoleAnywhere } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { UuidParam } from '../../core/graphql/uuid-id';
import { CompanyParticipationService } from './company-participation.service';
import { csvHeader, csvRows } from './participation-csv';
import { ParticipationWorkbook } from './participation-xlsx';

/**
 * The company's export of its consenting employees' participation, as CSV or Excel, streamed chunk by
 * chunk from the one chunked reader (`exportChunks`): each chunk is read (with the consent check) only
 * when the previous one is written, so a revocation mid-export drops her remaining rows.
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
    this.start(principal, organisationId, res, 'text/csv; charset=utf-8', 'csv');
    res.write(csvHeader());
    for await (const chunk of this.participation.exportChunks(principal, organisationId))
      res.write(csvRows(chunk));
    res.end();
  }

  @Allow(RoleAnywhere(['company_admin']))
  @Get('companies/:organisationId/participation.xlsx')
  async participationXlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Res() res: Response,
  ): Promise<void> {
    this.start(
      principal,
      organisationId,
      res,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    );
    const workbook = new ParticipationWorkbook(res);
    for await (const chunk of this.participation.exportChunks(principal, organisationId))
      workbook.addRows(chunk);
    await workbook.finish(); // ends the response
  }

  /** Refuses before anything is sent (so the status is a real 403), then sets the download's headers. */
  private start(
    principal: Principal,
    organisationId: string,
    res: Response,
    type: string,
    extension: string,
  ): void {
    this.participation.assertManages(principal, organisationId);
    res.setHeader('Content-Type', type);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="participation-${organisationId}.${extension}"`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
  }
}
