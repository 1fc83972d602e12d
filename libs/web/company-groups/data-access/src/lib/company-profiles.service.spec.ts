import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { CompanyProfilesService } from './company-profiles.service';

describe(CompanyProfilesService.name, () => {
  const query = jest.fn();
  const mutate = jest.fn();
  const updateUser = jest.fn();

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: { query, mutate } },
        { provide: SessionStore, useValue: { updateUser } },
      ],
    });
  });

  it('lists secretariats: cities, then prefectures, then national agencies', async () => {
    query.mockReturnValue(
      of({
        data: {
          cities: [{ id: 'c1', name: '小美玉市' }],
          prefectures: [{ id: 'p1', name: '茨城県' }],
          agencies: [{ id: 'n1', name: '内閣府' }],
        },
      }),
    );
    expect(await TestBed.inject(CompanyProfilesService).secretariats()).toEqual([
      { id: 'c1', name: '小美玉市', kind: 'city' },
      { id: 'p1', name: '茨城県', kind: 'prefecture' },
      { id: 'n1', name: '内閣府', kind: 'national_agency' },
    ]);
  });

  it('reads the session user again after applying, so her company home appears', async () => {
    const profile = { organisationId: 'o1', status: 'applied' };
    mutate.mockReturnValue(of({ data: { applyAsCompany: profile } }));
    const me = { id: 'u1', personas: ['company_admin', 'learner'] };
    query.mockReturnValue(of({ data: { me } }));
    const service = TestBed.inject(CompanyProfilesService);
    const answer = await service.apply({
      secretariatOrganisationId: 's1',
      name: 'A',
      nameKana: 'エー',
      corporateNumber: '1234567890123',
      industry: 'E',
      sizeBand: 'size_30_99',
    });
    expect(answer).toBe(profile);
    expect(updateUser).toHaveBeenCalledWith(me);
  });

  it('keeps the application when the session user cannot be read again', async () => {
    mutate.mockReturnValue(of({ data: { applyAsCompany: { organisationId: 'o1' } } }));
    query.mockImplementation(() => {
      throw new Error('offline');
    });
    const answer = await TestBed.inject(CompanyProfilesService).apply({
      secretariatOrganisationId: 's1',
      name: 'A',
      nameKana: 'エー',
      corporateNumber: '1234567890123',
      industry: 'E',
      sizeBand: 'size_30_99',
    });
    expect(answer).toEqual({ organisationId: 'o1' });
    expect(updateUser).not.toHaveBeenCalled();
  });

  it('asks for applications by status without the cache, and throws the error of an empty answer', async () => {
    const service = TestBed.inject(CompanyProfilesService);
    query.mockReturnValueOnce(of({ data: { companyApplications: [{ organisationId: 'o1' }] } }));
    expect(await service.applications('applied')).toEqual([{ organisationId: 'o1' }]);
    expect(query.mock.calls[0][0]).toMatchObject({
      variables: { status: 'applied' },
      fetchPolicy: 'no-cache',
    });
    const failure = new Error('refused');
    mutate.mockReturnValueOnce(of({ data: null, error: failure }));
    await expect(service.decide({ organisationId: 'o1', approve: true })).rejects.toBe(failure);
  });
});
