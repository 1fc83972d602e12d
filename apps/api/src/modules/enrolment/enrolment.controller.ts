import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, RoleAnywhere } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { UuidParam } from '../../core/graphql/uuid-id';
import { CertificatesService } from './certificates.service';
import { toCsv, toXlsx } from './roster-export';
import { RosterService } from './roster.service';

/** File downloads (the web app fetches them with its bearer token and saves the blob). */
@Controller('api')
export class EnrolmentController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly rosters: RosterService,
  ) {}

  @Allow(Authenticated)
  @Get('enrolments/:id/certificate.pdf')
  async certificate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, fileName } = await this.certificates.certificatePdf(principal, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  }

  @Allow(RoleAnywhere(['staff', 'admin', 'company_admin']))
  @Get('sessions/:id/roster.csv')
  async rosterCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { table } = await this.rosters.rosterTable(principal, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="roster-${id}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(toCsv(table));
  }

  @Allow(RoleAnywhere(['staff', 'admin', 'company_admin']))
  @Get('sessions/:id/roster.xlsx')
  async rosterXlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParam) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { table, title } = await this.rosters.rosterTable(principal, id);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="roster-${id}.xlsx"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(await toXlsx(table, title));
  }
}
