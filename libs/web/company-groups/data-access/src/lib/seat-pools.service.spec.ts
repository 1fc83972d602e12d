import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { SeatPoolsService } from './seat-pools.service';

describe(SeatPoolsService.name, () => {
  const query = jest.fn();
  const mutate = jest.fn();

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { query, mutate } }] });
  });

  it('reads the pools offered to her company without a cache', async () => {
    const offer = { seatsLeftForUs: 2, pool: { id: 'p1' }, nominations: [] };
    query.mockReturnValue(of({ data: { seatPoolsOfferedTo: [offer] } }));
    expect(await TestBed.inject(SeatPoolsService).offeredTo('o1')).toEqual([offer]);
    expect(query).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { organisationId: 'o1' }, fetchPolicy: 'no-cache' }),
    );
  });

  it('nominates with the pool, her company and the employee', async () => {
    mutate.mockReturnValue(of({ data: { nominateForSeat: { id: 'n1', status: 'nominated' } } }));
    expect(await TestBed.inject(SeatPoolsService).nominate('p1', 'o1', 'u1')).toEqual({
      id: 'n1',
      status: 'nominated',
    });
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { input: { poolId: 'p1', organisationId: 'o1', userId: 'u1' } } }),
    );
  });

  it("passes on the API's refusal (a full pool) as the error", async () => {
    const refusal = new Error('この座席枠は満席です（推薦済みの席を含みます）。');
    mutate.mockReturnValue(of({ data: null, error: refusal }));
    await expect(TestBed.inject(SeatPoolsService).accept({ nominationId: 'n1' })).rejects.toBe(refusal);
  });

  it('lists her nominations and declines one', async () => {
    query.mockReturnValue(of({ data: { myNominations: [{ id: 'n1', status: 'nominated' }] } }));
    mutate.mockReturnValue(of({ data: { declineNomination: { id: 'n1', status: 'declined' } } }));
    const service = TestBed.inject(SeatPoolsService);
    expect(await service.mine()).toEqual([{ id: 'n1', status: 'nominated' }]);
    expect((await service.decline('n1')).status).toBe('declined');
  });

  it('names as peers the other current members of the groups her company is a current member of', async () => {
    const member = (organisationId: string, organisationName: string, status = 'member') => ({
      organisationId,
      organisationName,
      status,
    });
    query.mockReturnValue(
      of({
        data: {
          companyGroups: [
            {
              id: 'g1',
              viewer: { memberCompanyIds: ['o1'] },
              members: [
                member('o1', 'みらい食品'),
                member('c2', 'ミライ食品'),
                member('c1', 'ひばりシステムズ'),
                member('c3', '常陸精機', 'left'),
                member('c4', '招待中の会社', 'invited'),
              ],
            },
            {
              id: 'g2',
              viewer: { memberCompanyIds: ['o1'] },
              members: [member('o1', 'みらい食品'), member('c1', 'ひばりシステムズ')],
            },
            { id: 'g3', viewer: { memberCompanyIds: [] }, members: [member('c9', '別のグループの会社')] },
          ],
        },
      }),
    );
    expect(await TestBed.inject(SeatPoolsService).peers('o1')).toEqual([
      { organisationId: 'c1', name: 'ひばりシステムズ' },
      { organisationId: 'c2', name: 'ミライ食品' },
    ]);
  });
});
